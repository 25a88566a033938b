/**
 * The element's page-wide caps, by default (`RkTimeline.limits`), which the command-line tool
 * applies too: bytes of one data file, events shown, and the fewest seconds between checks of
 * `src`. A larger file strains a reader's phone; a longer list, its page.
 */
export const DEFAULT_LIMITS = {bytes: 10_000_000, events: 10_000, refresh: 5};

export type Limits = typeof DEFAULT_LIMITS;
/**
 * What one event shows at most; the rest is left out, with one warning. With the event cap they
 * bound the page, whatever the bytes: some 90 elements and text nodes an event, under a million
 * for 10,000 events.
 */
export const EVENT_LIMITS = {paragraphs: 20, links: 10, tags: 10};

/** Warnings kept about one file; the rest are counted, not worded. */
export const MAX_WARNINGS = 1_000;
