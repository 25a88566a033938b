import type {ParseResult, TimelineEvent} from '../data/parse-timeline.js';

// What readers are shown of a timeline, for the element and the pre-rendered snippet alike.

/** The events shown, in reading order: newest first when asked, then the first `cap` of them. */
export const shownEvents = (events: readonly TimelineEvent[], newestFirst: boolean, cap: number) =>
  (newestFirst ? [...events].reverse() : events).slice(0, cap);

/** Warns of the events past `cap`, which no reader is shown. */
export function warnOverCap({timeline, warnings}: ParseResult, cap: number) {
  const {length} = timeline.events;
  if (length > cap) warnings.push({at: 'events', message: `${length}, over the cap; the first ${cap} in reading order are shown`});
}
