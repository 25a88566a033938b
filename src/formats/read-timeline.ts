// The reader of other formats, loaded on demand beside the bundle (rk-timeline-read-timeline.js):
// `readAnyFormat` tells the formats apart and hands TimelineJS JSON and Sheets CSV to it.
import {parseTimeline, type EventSource} from '../data/parse-timeline.js';
import type {Converted} from './document.js';
import type {ReadResult, TimelineFormat} from './read-any-format.js';
import {convertSheetCsv} from './sheet-csv.js';
import {convertTimelineJs} from './timelinejs.js';

// Our fields as the TimelineJS fields they were read from; each source names those its own way
// (`Media` in a sheet). Fields not listed keep their names; non-image media became links.
const SOURCE_FIELDS: Record<string, string> = {
  title: 'text.headline',
  text: 'text.text',
  displayDate: 'display_date',
  id: 'unique_id',
  'media.src': 'media.url',
  links: 'media.url',
  tags: 'group',
  section: 'eras',
};

/**
 * Checks a converted document. The parser's warnings about an event name where it came from, in
 * the source's words: `events[3].date` becomes `events[5].start_date` or `row 7.Year`.
 */
function check({document, warnings, sources, order}: Converted, format: TimelineFormat, baseUrl: string): ReadResult {
  const places = sources.map((at, index): EventSource => ({
    order: order[index],
    // A list's item (`links[2].href`) is named by the list, the one field it came from.
    at: (field, end) => at(field && (field === 'date' ? (end ? 'end_date' : 'start_date') : (SOURCE_FIELDS[field.split('[')[0]] ?? field))),
  }));
  const parsed = parseTimeline(document, baseUrl, places);
  // The converter's first, then the parser's, each in the source's order.
  return {...parsed, warnings: [...warnings, ...parsed.warnings], format};
}

/** CSV from the TimelineJS Sheets template; undefined for text that is not a table at all. */
export function readSheetCsv(text: string, where: string, baseUrl: string): ReadResult | undefined {
  const csv = convertSheetCsv(text, where);
  return csv && check(csv, 'csv', baseUrl);
}

/** TimelineJS 3 JSON, already parsed (`isTimelineJs`). */
export const readTimelineJs = (json: unknown, baseUrl: string): ReadResult => check(convertTimelineJs(json), 'timelinejs', baseUrl);
