import {fetchTimelineJson, type FetchOptions} from './fetch-timeline.js';

interface SharedRequest {
  json: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

// Timelines on one page that ask for the same data at the same time share one request.
const inFlight = new Map<string, SharedRequest>();

/**
 * `fetchTimelineJson`, shared by callers asking for the same URL with the same options while
 * it runs. A caller that aborts stops waiting; the request stops when no one waits, and a
 * later caller starts a new one.
 */
export function fetchShared(url: string, {signal, ...options}: FetchOptions): Promise<unknown> {
  const key = JSON.stringify([url, options]);
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const json = fetchTimelineJson(url, {...options, signal: controller.signal});
    shared = {json, controller, waiting: 0};
    inFlight.set(key, shared);
    const done = () => inFlight.get(key) === shared && inFlight.delete(key);
    json.then(done, done);
  }
  const request = shared;
  request.waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      if (--request.waiting === 0) {
        request.controller.abort(signal.reason);
        if (inFlight.get(key) === request) inFlight.delete(key);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, {once: true});
    request.json.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}
