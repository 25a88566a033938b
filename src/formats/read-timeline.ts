import {parseTimeline, type EventSource, type ParseResult} from '../data/parse-timeline.js';
import {decodeJson} from '../load/fetch-timeline.js';
import {TimelineError} from '../timeline-error.js';
import type {Converted} from './document.js';
import {convertSheetCsv} from './sheet-csv.js';
import {isTimelineJs} from './detect-format.js';
import {convertTimelineJs} from './timelinejs.js';

export type TimelineFormat = 'rk-timeline' | 'timelinejs' | 'csv';

/** What `parseTimeline` returns, and the format the data was read as. */
export type ReadResult = ParseResult & {format: TimelineFormat};

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

/**
 * Reads a timeline in our format, TimelineJS 3 JSON or CSV from the TimelineJS Sheets template,
 * told apart by content, never by file name or content type. Text that is none of them throws
 * the `TimelineError` the loader would (`json`, `html` or `empty`), or of kind `format` for a
 * spreadsheet that is not the template; `parseTimeline` checks the rest. Errors name the text
 * as `where` (default `baseUrl`). Relative links and images resolve against `baseUrl` (the data
 * file's URL).
 */
export function readTimeline(input: {text: string; where?: string} | {json: unknown}, baseUrl: string): ReadResult {
  let json: unknown;
  if ('json' in input) json = input.json;
  else {
    // Files saved by Excel and read by Node keep the byte order mark; JSON.parse refuses it.
    const text = input.text.replace(/^\ufeff/, '');
    const where = input.where ?? baseUrl;
    try {
      json = decodeJson(text, where, baseUrl);
    } catch (error) {
      // Broken JSON stays broken JSON; other text may be a spreadsheet.
      const csv = error instanceof TimelineError && error.kind === 'json' && !/^\s*[[{]/.test(text) ? convertSheetCsv(text, where) : undefined;
      if (!csv) throw error;
      return check(csv, 'csv', baseUrl);
    }
  }
  if (isTimelineJs(json)) return check(convertTimelineJs(json), 'timelinejs', baseUrl);
  return {...parseTimeline(json, baseUrl), format: 'rk-timeline'};
}
