import {fetchTimeline, type FetchOptions, type FetchedTimeline} from './fetch-timeline.js';

interface SharedRequest {
  result: Promise<FetchedTimeline | undefined>;
  __controller: AbortController;
  __waiting: number;
}

// Timelines on one page that ask for the same data at the same time share one request.
const inFlight = new Map<string, SharedRequest>();

/**
 * `fetchTimeline`, shared by callers asking for the same URL with the same options (validators
 * included) while it runs. A caller that aborts stops waiting; the request stops when no one
 * waits, and a later caller starts a new one.
 */
export function fetchTimelineShared(url: string, {signal, ...options}: FetchOptions): Promise<FetchedTimeline | undefined> {
  const key = JSON.stringify([url, options]);
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const result = fetchTimeline(url, {...options, signal: controller.signal});
    shared = {result, __controller: controller, __waiting: 0};
    inFlight.set(key, shared);
    const done = () => inFlight.get(key) === shared && inFlight.delete(key);
    result.then(done, done);
  }
  const request = shared;
  request.__waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      if (--request.__waiting === 0) {
        request.__controller.abort(signal.reason);
        if (inFlight.get(key) === request) inFlight.delete(key);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, {once: true});
    request.result.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}
