export interface PollOptions {
  /** Milliseconds between checks, before jitter. The element holds its attribute to a minimum. */
  interval: number;
  /**
   * One check. A rejection is a failure and backs off; a `retryAfterMs` on it (a `TimelineError`
   * from a 429 or 503) is waited at least. Aborting `signal` should end the check that runs.
   */
  check: (signal: AbortSignal) => Promise<unknown>;
  /** Aborting it stops polling for good. */
  signal: AbortSignal;
}

/**
 * Runs `check` every `interval` ms, ±20 % so readers who opened the page together spread out,
 * one check at a time, counted from the end of the last. None runs while the tab is hidden: one
 * that fell due then runs soon after the tab shows again, after a random delay under a second.
 * After failures the wait is random between one interval and 2^failures intervals, ten at most,
 * so a recovering server is not met by every reader at once; a success returns to the interval.
 * A server's `Retry-After` is honoured up to that ceiling too: a browser fires a wait past 2^31 ms
 * (or an infinite one) at once, so an absurd value would otherwise make every reader hammer it.
 */
export function startPolling({interval, check, signal}: PollOptions): void {
  let failures = 0;
  let due = false;
  let timer: ReturnType<typeof setTimeout>;
  const longest = Math.min(interval * 10, 2 ** 31 - 1);
  const after = (ms: number) => (timer = setTimeout(run, Math.min(ms, longest)));
  const jittered = () => interval * (0.8 + Math.random() * 0.4);
  async function run() {
    if ((due = document.visibilityState === 'hidden')) return;
    let delay;
    try {
      await check(signal);
      failures = 0;
      delay = jittered();
    } catch (error) {
      const ceiling = interval * Math.min(2 ** ++failures, 10);
      const asked = Number((error as {retryAfterMs?: unknown})?.retryAfterMs);
      delay = Math.max(interval + Math.random() * (ceiling - interval), asked || 0);
    }
    if (!signal.aborted) after(delay);
  }
  if (signal.aborted) return;
  signal.addEventListener('abort', () => clearTimeout(timer));
  document.addEventListener(
    'visibilitychange',
    () => {
      if (due && document.visibilityState === 'visible') {
        due = false;
        after(Math.random() * Math.min(interval, 1000));
      }
    },
    {signal},
  );
  after(jittered());
}
