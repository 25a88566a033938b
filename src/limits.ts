/**
 * The element's page-wide caps, by default (`RkTimeline.limits`), which the command-line tool
 * applies too: bytes of one data file, events shown, and the fewest seconds between checks of
 * `src`. A larger file strains a reader's phone; a longer list, its page.
 */
export const DEFAULT_LIMITS = {bytes: 10_000_000, events: 10_000, refresh: 5};

export type Limits = typeof DEFAULT_LIMITS;
