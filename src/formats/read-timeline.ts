// The reader of other formats, loaded on demand beside the bundle (rk-timeline-read-timeline.js):
// `readAnyFormat` tells the formats apart and hands TimelineJS JSON and Sheets CSV to it.
import {parseTimeline} from '../data/parse-timeline.js';
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
function check({document, warnings, sources}: Converted, format: TimelineFormat, baseUrl: string): ReadResult {
  const {timeline, warnings: found} = parseTimeline(document, baseUrl);
  const events = document.events ?? [];
  // An untitled event's number, `(event 3)`, counts the converted list, not the source: dropped,
  // since the source's place (`row 7`) now names it.
  const located = found.map((warning) => {
    let at = Infinity; // the source's place, 3 of `events[3]`, 7 of `row 7`: the warnings' order
    const text = warning.replace(/^events(?:\[(\d+)\]\.?([\w.]*)[^:]*)?(: [^]*?)(?: \(event \d+\))?$/, (all, index = -1, field = 'id', problem: string) => {
      // A repeated id (`events: id "a" is used twice; event "Summit" gets "a-2"`): the last event
      // with that id and title or date is the one renamed.
      if (index < 0) {
        index = events.map(({id, title, date}) => problem.startsWith(`: id ${JSON.stringify(id)} is used twice; event ${JSON.stringify(title ?? date.split('/')[0])} `)).lastIndexOf(true);
      }
      if (index < 0) return all;
      at = parseInt(sources[index]().replace(/^\D+/, ''));
      // A date that is not a real day names its start or its end; one that ends before it starts, its end.
      const start = JSON.stringify(events[index].date.split('/')[0]);
      return sources[index](field === 'date' ? (problem.startsWith(`: ${start} `) ? 'start_date' : 'end_date') : (SOURCE_FIELDS[field] ?? field)) + problem;
    });
    return {text, at};
  });
  // In the source's order, as the converter's are: the events reached the parser in date order.
  located.sort((a, b) => a.at - b.at);
  return {timeline, warnings: [...warnings, ...located.map(({text}) => text)], format};
}

/** CSV from the TimelineJS Sheets template; undefined for text that is not a table at all. */
export function readSheetCsv(text: string, where: string, baseUrl: string): ReadResult | undefined {
  const csv = convertSheetCsv(text, where);
  return csv && check(csv, 'csv', baseUrl);
}

/** TimelineJS 3 JSON, already parsed (`isTimelineJs`). */
export const readTimelineJs = (json: unknown, baseUrl: string): ReadResult => check(convertTimelineJs(json), 'timelinejs', baseUrl);
