import {decodeJson} from '../data/decode.js';
import {parseTimeline, type ParseResult} from '../data/parse-timeline.js';
import {TimelineError} from '../timeline-error.js';
import {isTimelineJs} from './detect-format.js';

export type TimelineFormat = 'rk-timeline' | 'timelinejs' | 'csv';

/** What `parseTimeline` returns, and the format the data was read as. */
export type ReadResult = ParseResult & {format: TimelineFormat};

/** The reader of TimelineJS JSON and Sheets CSV. */
export type OtherFormats = typeof import('./read-timeline.js');

/** In the browser, a module beside the bundle, loaded on demand. */
const loadOtherFormats = (): Promise<OtherFormats> =>
  import('./read-timeline.js').catch((error) => {
    throw new TimelineError('format', `Could not load rk-timeline-read-timeline.js (it reads TimelineJS and CSV data): ${error.message}`);
  });

/**
 * Reads a timeline in our format, TimelineJS 3 JSON or CSV from the TimelineJS Sheets template,
 * told apart by content, never by file name or content type: text (a file's, inline JSON's) or
 * a value already parsed. The element, the command-line tool and live updates all read here.
 * Text that is none of them throws the `TimelineError` the loader would (`json`, `html` or
 * `empty`), or of kind `format` for a spreadsheet that is not the template; `parseTimeline`
 * checks the rest. Errors name the text as `where` (default `baseUrl`). Relative links and
 * images resolve against `baseUrl` (the data file's URL). `otherFormats` gives the reader of
 * TimelineJS and CSV, only when the data is in one of them.
 */
export async function readAnyFormat(
  input: {text: string; where?: string} | {json: unknown},
  baseUrl: string,
  otherFormats = loadOtherFormats,
): Promise<ReadResult> {
  let json: unknown;
  if ('json' in input) json = input.json;
  else {
    // Text that was not decoded here (inline, or a caller's) may keep a byte order mark; JSON.parse refuses it.
    const text = input.text.replace(/^\ufeff/, '');
    const where = input.where ?? baseUrl;
    try {
      json = decodeJson(text, where, baseUrl);
    } catch (error) {
      // Broken JSON stays broken JSON; other text may be a spreadsheet.
      if (!(error instanceof TimelineError && error.kind === 'json') || /^\s*[[{]/.test(text)) throw error;
      const csv = (await otherFormats()).readSheetCsv(text, where, baseUrl);
      if (!csv) throw error;
      return csv;
    }
  }
  if (isTimelineJs(json)) return (await otherFormats()).readTimelineJs(json, baseUrl);
  return {...parseTimeline(json, baseUrl), format: 'rk-timeline'};
}
