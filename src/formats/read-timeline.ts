import {parseTimeline, type ParseResult} from '../data/parse-timeline.js';
import {decodeJson} from '../load/fetch-timeline.js';
import {TimelineError} from '../timeline-error.js';
import type {Converted} from './document.js';
import {convertSheetCsv} from './sheet-csv.js';
import {isTimelineJs} from './detect-format.js';
import {convertTimelineJs} from './timelinejs.js';

export type TimelineFormat = 'rk-timeline' | 'timelinejs' | 'csv';

/** What `parseTimeline` returns, and the format the data was read as. */
export type ReadResult = ParseResult & {format: TimelineFormat};

/** Checks a converted document; the parser's warnings about an event name where it came from. */
function check({document, warnings, sources}: Converted, format: TimelineFormat, baseUrl: string): ReadResult {
  const {timeline, warnings: found} = parseTimeline(document, baseUrl);
  // An untitled event's number, `(event 3)`, counts the converted list, not the source: dropped,
  // since the source's place (`row 7`) now names it.
  const located = found.map((warning) =>
    warning.replace(/^events\[(\d+)\]([^]*?)(?: \(event \d+\))?$/, (_, index: string, rest: string) => sources[+index] + rest),
  );
  return {timeline, warnings: [...warnings, ...located], format};
}

/**
 * Reads a timeline in our format, TimelineJS 3 JSON or CSV from the TimelineJS Sheets template,
 * told apart by content, never by file name or content type. Text that is none of them throws
 * the `TimelineError` the loader would (`json`, `html` or `empty`); `parseTimeline` checks the rest.
 * Relative links and images resolve against `baseUrl` (the data file's URL).
 */
export function readTimeline(input: {text: string} | {json: unknown}, baseUrl: string): ReadResult {
  let json: unknown;
  if ('json' in input) json = input.json;
  else {
    // Files saved by Excel and read by Node keep the byte order mark; JSON.parse refuses it.
    const text = input.text.replace(/^\ufeff/, '');
    try {
      json = decodeJson(text, baseUrl, baseUrl);
    } catch (error) {
      const csv = error instanceof TimelineError && error.kind === 'json' ? convertSheetCsv(text) : undefined;
      if (!csv) throw error;
      return check(csv, 'csv', baseUrl);
    }
  }
  if (isTimelineJs(json)) return check(convertTimelineJs(json), 'timelinejs', baseUrl);
  return {...parseTimeline(json, baseUrl), format: 'rk-timeline'};
}
