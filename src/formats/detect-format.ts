import {field, isObject} from '../data/parse-timeline.js';

/**
 * Whether parsed JSON is in TimelineJS 3's format: an event has a `start_date`, or the title is
 * a slide with `text`. Apart from the reader, so the bundle can tell without loading it.
 */
export function isTimelineJs(json: unknown): boolean {
  if (!isObject(json)) return false;
  const events = field(json, 'events');
  const title = field(json, 'title');
  return (
    (Array.isArray(events) && events.some((event) => isObject(event) && field(event, 'start_date') !== undefined)) ||
    (isObject(title) && field(title, 'text') !== undefined)
  );
}
