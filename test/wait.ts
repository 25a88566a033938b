/**
 * Options for `waitUntil`: its limit is for a hang, not for speed. What holds at once on a fast
 * machine may take seconds on a busy one, and `waitUntil`'s own default is one second.
 */
export const patiently = {timeout: 20_000};
