import {field, isObject} from '../data/parse-timeline.js';

/**
 * Whether parsed JSON is in a TimelineJS format: in TimelineJS 3's, an event (`slides` in its
 * early form) has a `start_date`, or the title is a slide with `text`; TimelineJS 2's is
 * `{"timeline": {…}}`. Apart from the reader, so the bundle can tell without loading it.
 */
export function isTimelineJs(json: unknown): boolean {
  if (!isObject(json)) return false;
  const events = field(json, 'events') ?? field(json, 'slides');
  const title = field(json, 'title');
  return (
    (Array.isArray(events) && events.some((event) => isObject(event) && field(event, 'start_date') !== undefined)) ||
    (isObject(title) && field(title, 'text') !== undefined) ||
    isObject(field(json, 'timeline'))
  );
}
