import {TimelineError} from '../timeline-error.js';

export interface FetchOptions {
  /** Aborting it stops the request and any retry; nothing is thrown for a caller that left. */
  signal: AbortSignal;
  /** How long one attempt may take, body included, in milliseconds. */
  timeout?: number;
  /** How many times a network failure, 5xx or 429 is tried again. */
  retries?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 2;
// A server asking us to wait longer than this is treated as down rather than waited for.
const LONGEST_WAIT_MS = 10_000;

const isRetryable = (error: TimelineError) =>
  error.kind === 'network' || (error.kind === 'http' && (error.status! >= 500 || error.status === 429));

/** Milliseconds from a `Retry-After` header (seconds or an HTTP date). */
function retryAfter(header: string | null): number | undefined {
  const ms = header ? Number(header) * 1000 || Date.parse(header) - Date.now() : NaN;
  return ms >= 0 ? ms : undefined;
}


/** Turns a body into JSON, naming what it is when it is not. `where` names it in messages. */
export function decodeJson(body: string, contentType: string, where: string, url?: string): unknown {
  if (!body.trim()) throw new TimelineError('empty', `${where} is empty`, url);
  if (/html/i.test(contentType) || /^\s*</.test(body)) {
    throw new TimelineError('html', `${where} is an HTML page, not JSON: a wrong address, or a login page?`, url);
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new TimelineError('json', `${where} is not valid JSON: ${(error as Error).message}`, url);
  }
}

async function fetchOnce(url: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  const attempt = new AbortController();
  const stop = () => attempt.abort(signal.reason);
  signal.addEventListener('abort', stop, {once: true});
  const timer = setTimeout(
    () => attempt.abort(new TimelineError('timeout', `${url} did not answer within ${timeout / 1000} s`, url)),
    timeout,
  );
  try {
    const response = await fetch(url, {
      signal: attempt.signal,
      credentials: 'omit',
      headers: {accept: 'application/json'},
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
    return decodeJson(await response.text(), response.headers.get('content-type') ?? '', url, url);
  } catch (error) {
    if (attempt.signal.aborted) throw attempt.signal.reason;
    if (error instanceof TimelineError) throw error;
    // fetch rejects with a bare TypeError for offline, DNS, CORS and resets alike.
    throw new TimelineError('network', `Could not reach ${url}: ${(error as Error).message}`, url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

/**
 * Fetches a timeline's JSON. Network failures, 5xx and 429 are retried with exponential
 * backoff (or the server's `Retry-After`); 4xx, timeouts and bad bodies fail at once.
 */
export async function fetchTimelineJson(
  url: string,
  {signal, timeout = DEFAULT_TIMEOUT_MS, retries = DEFAULT_RETRIES}: FetchOptions,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, signal, timeout);
    } catch (error) {
      if (!(error instanceof TimelineError) || !isRetryable(error) || attempt >= retries) throw error;
      const delay = error.retryAfterMs ?? 500 * 2 ** attempt * (0.75 + Math.random() / 2);
      if (delay > LONGEST_WAIT_MS) throw error;
      // An abort during the wait makes the next fetch fail at once, without a request.
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
