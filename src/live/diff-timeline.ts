import type {TimelineEvent} from '../data/parse-timeline.js';

/** The ids of the events a new version of a timeline added, changed and removed. */
export interface TimelineDiff {
  /** In the new version's order. */
  added: string[];
  /** In the new version's order. */
  changed: string[];
  /** In the old version's order. */
  removed: string[];
}

/**
 * Compares two parsed versions of a timeline by event `id`. An event changed when anything in
 * it differs: compared as JSON, so a field added to `TimelineEvent` later is covered too
 * (`parseTimeline` builds every event's fields in one order, so equal events give equal JSON).
 */
export function diffTimeline(before: readonly TimelineEvent[], after: readonly TimelineEvent[]): TimelineDiff {
  const old = new Map(before.map((event) => [event.id, JSON.stringify(event)]));
  const added: string[] = [];
  const changed: string[] = [];
  for (const event of after) {
    const json = old.get(event.id);
    if (json === undefined) added.push(event.id);
    else if (json !== JSON.stringify(event)) changed.push(event.id);
    old.delete(event.id);
  }
  return {added, changed, removed: [...old.keys()]};
}
