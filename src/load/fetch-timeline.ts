import {decodeText} from '../data/decode.js';
import {TimelineError} from '../timeline-error.js';
import {overByteCap} from './byte-cap.js';

export interface FetchOptions {
  /** Aborting it stops the request and any retry; nothing is thrown for a caller that left. */
  signal: AbortSignal;
  /** How long one attempt may take, body included, in milliseconds. */
  timeout: number;
  /** The most bytes a body may have; a larger one ends the load while it streams. */
  maxBytes: number;
  /** Cookies and HTTP auth: none unless the embedder opts in. */
  credentials: RequestCredentials;
  /**
   * Present on a re-check of data the caller has (even `{}`): the validators the server sent
   * with it, so an unchanged file answers 304 and is not downloaded. See `fetchOnce` for how.
   */
  validators?: Validators;
}

/** What identifies one version of a file on its server (`ETag`, `Last-Modified`, as sent). */
export interface Validators {
  etag?: string;
  lastModified?: string;
  /** The answer came from another origin than the URL's (a redirect): re-check it as such. */
  otherOrigin?: boolean;
}

/** A timeline's body, as text (JSON, or CSV), and the validators to send when checking it again. */
export interface FetchedTimeline {
  text: string;
  validators: Validators;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const RETRIES = 2;
// A server asking us to wait longer than this is treated as down rather than waited for.
const LONGEST_WAIT_MS = 10_000;

const isRetryable = (error: TimelineError) =>
  error.kind === 'network' || (error.kind === 'http' && (error.status! >= 500 || error.status === 429));

/**
 * Milliseconds from a `Retry-After` header: whole seconds, or an HTTP date (one in the past is
 * now). Anything else (`Infinity`, `-5`) is no answer. Callers still bound what they wait.
 */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(seconds, 0) * 1000;
}

/**
 * The bytes of a response without a stream (`body`), as `fetch` polyfills answer: read whole,
 * then held to the cap.
 */
async function bodyWithoutStream(response: Response, url: string, maxBytes: number) {
  const bytes = response.arrayBuffer ? new Uint8Array(await response.arrayBuffer()) : new TextEncoder().encode(await response.text());
  if (bytes.byteLength > maxBytes) throw overByteCap(url, maxBytes, bytes.byteLength, url);
  return bytes;
}

/** A body as text, counted while it streams, so a 50 MB answer stops at the cap, not in memory. */
export async function readText(response: Response, url: string, maxBytes: number) {
  if (!response.body) return decodeText(await bodyWithoutStream(response, url, maxBytes));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let chunk; !(chunk = await reader.read()).done; chunks.push(chunk.value)) {
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      reader.cancel();
      throw overByteCap(url, maxBytes, undefined, url);
    }
  }
  // Joined here, not through a Blob, whose reading is a round trip through the browser.
  const body = new Uint8Array(bytes);
  chunks.reduce((offset, chunk) => (body.set(chunk, offset), offset + chunk.byteLength), 0);
  return decodeText(body);
}

/**
 * A 304 answers a re-check: the caller's copy is current. To a first load, which sent no
 * validators and has no copy, it is a fault (of a proxy, most often), said as such.
 */
function notModified(url: string, validators?: Validators): undefined {
  if (validators) return undefined;
  throw new TimelineError('http', `${url} answered HTTP 304 Not Modified to a first request, which has no copy to keep: a proxy or server fault`, url, 304);
}

/**
 * Where the answer came from, when a redirect took the request to another origin than the
 * page's: conditional headers would cost a preflight there, which many servers refuse.
 */
function answeredFrom(response: Response): Pick<Validators, 'otherOrigin'> {
  return response.redirected && new URL(response.url).origin != location.origin ? {otherOrigin: true} : {};
}

/**
 * One attempt. A re-check asks for a 304 only where that costs no extra request:
 * `If-None-Match` and `If-Modified-Since` are not CORS-safelisted request headers, so on another
 * origin they would add a preflight (and fail every check on a server that does not answer
 * preflights). They go to the page's own origin only. On another origin the request carries
 * none, and `cache: 'no-cache'` has the browser revalidate its own copy with its own validators:
 * no preflight, and a 304 on the wire when the server's answer was storable; the body then comes
 * from the browser's cache, and the caller finds it unchanged.
 * Of the answer's validators, `Last-Modified` is a CORS-safelisted response header and `ETag` is
 * not: another origin must send `Access-Control-Expose-Headers: ETag` for it to be read.
 */
async function fetchOnce(url: string, {signal, timeout, maxBytes, credentials, validators}: FetchOptions): Promise<FetchedTimeline | undefined> {
  signal.throwIfAborted();
  const attempt = new AbortController();
  const stop = () => attempt.abort(signal.reason);
  signal.addEventListener('abort', stop);
  const timer = setTimeout(
    () => attempt.abort(new TimelineError('timeout', `${url} did not answer within ${timeout / 1000} s`, url)),
    timeout,
  );
  const {etag, lastModified, otherOrigin} = validators ?? {};
  const sameOrigin = new URL(url, document.baseURI).origin == location.origin && !otherOrigin;
  const headers: Record<string, string> = {};
  if (sameOrigin && etag) headers['if-none-match'] = etag;
  if (sameOrigin && lastModified) headers['if-modified-since'] = lastModified;
  try {
    const response = await fetch(url, {
      signal: attempt.signal,
      credentials,
      headers,
      // Same origin, the browser leaves its cache aside for a request with our own validators.
      cache: validators && !sameOrigin ? 'no-cache' : undefined,
    });
    if (response.status == 304) return notModified(url, validators);
    if (!response.ok) {
      throw new TimelineError(
        'http',
        `${url} answered HTTP ${response.status} ${response.statusText}`.trim(),
        url,
        response.status,
        retryAfter(response.headers.get('retry-after')),
      );
    }
    const header = (name: string) => response.headers.get(name) ?? undefined;
    return {
      text: (await readText(response, url, maxBytes)).text,
      validators: {etag: header('etag'), lastModified: header('last-modified'), ...answeredFrom(response)},
    };
  } catch (error) {
    if (attempt.signal.aborted) throw attempt.signal.reason;
    if (error instanceof TimelineError) throw error;
    // fetch rejects with a bare TypeError for offline, DNS, CORS and resets alike.
    throw new TimelineError('network', `Could not reach ${url}: ${(error as Error).message}`, url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
    attempt.abort(); // an error answer's body, or an unchanged one, is not read: let its connection go
  }
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
const wait = (ms: number, signal: AbortSignal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/**
 * Fetches a timeline's body and its validators; `undefined` when a re-check's server answers
 * 304 (the caller's copy is current). Network failures, 5xx and 429 are retried with exponential
 * backoff (or the server's `Retry-After`); 4xx, timeouts and oversized bodies fail at once.
 */
export async function fetchTimeline(url: string, options: FetchOptions): Promise<FetchedTimeline | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      if (!(error instanceof TimelineError) || !isRetryable(error) || attempt >= RETRIES) throw error;
      // A conditional request that never got an answer may have been refused the preflight its
      // headers cost after a redirect to another origin: the next attempt sends none.
      if (error.kind === 'network' && options.validators) options = {...options, validators: {...options.validators, otherOrigin: true}};
      const delay = error.retryAfterMs ?? 500 * 2 ** attempt * (0.75 + Math.random() / 2);
      if (delay > LONGEST_WAIT_MS) throw error;
      await wait(delay, options.signal);
    }
  }
}
