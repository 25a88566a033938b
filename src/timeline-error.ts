/** Why a timeline could not be shown; each kind has its own message for readers. */
export type TimelineErrorKind =
  | 'address' // `src` is not a web address, so no request was made
  | 'http' // the server answered with an error status
  | 'network' // no answer: offline, DNS, CORS, connection reset
  | 'timeout' // the answer took longer than the timeout
  | 'html' // a web page (often a login page) instead of JSON
  | 'empty' // an empty body
  | 'json' // the body is not valid JSON
  | 'size' // the body is over the byte cap
  | 'format' // valid JSON, but not a timeline
  | 'internal'; // a bug in rk-timeline, not a problem with the data (the console has its stack)

/** A failure to show a timeline. `message` is for developers and editors, in English. */
export class TimelineError extends Error {
  constructor(
    readonly kind: TimelineErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
    /** For 429 and 503: how long the server asked us to wait, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
