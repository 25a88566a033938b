import {TimelineError} from '../timeline-error.js';

export interface FetchOptions {
  /** Aborting it stops the request and any retry; nothing is thrown for a caller that left. */
  signal: AbortSignal;
  /** How long one attempt may take, body included, in milliseconds. */
  timeout: number;
  /** The most bytes a body may have; a larger one ends the load while it streams. */
  maxBytes: number;
  /** Cookies and HTTP auth: none unless the embedder opts in. */
  credentials: RequestCredentials;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const RETRIES = 2;
// A server asking us to wait longer than this is treated as down rather than waited for.
const LONGEST_WAIT_MS = 10_000;

const isRetryable = (error: TimelineError) =>
  error.kind === 'network' || (error.kind === 'http' && (error.status! >= 500 || error.status === 429));

/** Milliseconds from a `Retry-After` header in seconds, the form servers send with 429 and 503. */
function retryAfter(header: string | null): number | undefined {
  const ms = header ? Number(header) * 1000 : NaN;
  return ms >= 0 ? ms : undefined;
}

/**
 * Turns a body into JSON, naming what it is when it is not. `where` names it in messages.
 * The body decides, not the content type: many CMS endpoints serve JSON as text/html.
 */
export function decodeJson(body: string, where: string, url?: string): unknown {
  if (!body.trim()) throw new TimelineError('empty', `${where} is empty`, url);
  try {
    return JSON.parse(body);
  } catch (error) {
    if (/^\s*</.test(body)) {
      throw new TimelineError('html', `${where} is an HTML page, not JSON: a wrong address, or a login page?`, url);
    }
    throw new TimelineError('json', `${where} is not valid JSON: ${(error as Error).message}`, url);
  }
}

/** A body as text, counted while it streams, so a 50 MB answer stops at the cap, not in memory. */
async function readText(response: Response, url: string, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0, chunk; reader && !(chunk = await reader.read()).done; ) {
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      reader.cancel();
      throw new TimelineError('size', `${url} is larger than ${maxBytes} bytes`, url);
    }
    text += decoder.decode(chunk.value, {stream: true});
  }
  return text + decoder.decode();
}

async function fetchOnce(url: string, {signal, timeout, maxBytes, credentials}: FetchOptions): Promise<unknown> {
  signal.throwIfAborted();
  const attempt = new AbortController();
  const stop = () => attempt.abort(signal.reason);
  signal.addEventListener('abort', stop);
  const timer = setTimeout(
    () => attempt.abort(new TimelineError('timeout', `${url} did not answer within ${timeout / 1000} s`, url)),
    timeout,
  );
  try {
    const response = await fetch(url, {
      signal: attempt.signal,
      credentials,
    });
    if (!response.ok) {
      throw new TimelineError(
        'http',
        `${url} answered HTTP ${response.status} ${response.statusText}`.trim(),
        url,
        response.status,
        retryAfter(response.headers.get('retry-after')),
      );
    }
    return decodeJson(await readText(response, url, maxBytes), url, url);
  } catch (error) {
    if (attempt.signal.aborted) throw attempt.signal.reason;
    if (error instanceof TimelineError) throw error;
    // fetch rejects with a bare TypeError for offline, DNS, CORS and resets alike.
    throw new TimelineError('network', `Could not reach ${url}: ${(error as Error).message}`, url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
    attempt.abort(); // an error answer's body is not read: let its connection go
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
 * Fetches a timeline's JSON. Network failures, 5xx and 429 are retried with exponential
 * backoff (or the server's `Retry-After`); 4xx, timeouts and bad bodies fail at once.
 */
export async function fetchTimelineJson(url: string, options: FetchOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      if (!(error instanceof TimelineError) || !isRetryable(error) || attempt >= RETRIES) throw error;
      const delay = error.retryAfterMs ?? 500 * 2 ** attempt * (0.75 + Math.random() / 2);
      if (delay > LONGEST_WAIT_MS) throw error;
      await wait(delay, options.signal);
    }
  }
}
