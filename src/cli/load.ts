import type {Timeline} from '../data/parse-timeline.js';
import type {TimelineWarning} from '../data/timeline-warning.js';
import {readTimeline, type TimelineFormat} from '../formats/read-timeline.js';
import {decodeJson} from '../load/fetch-timeline.js';
import {TimelineError} from '../timeline-error.js';
import {UNKNOWN_PAGE} from './page-address.js';
import {CliError, readInput, type Input} from './read-input.js';
import {DEFAULT_LIMITS} from '../limits.js';

export interface Loaded {
  input: Input;
  timeline: Timeline;
  format: TimelineFormat;
  /** Each naming where, when it can: `events[3].date`, `row 7`. */
  warnings: TimelineWarning[];
}

/**
 * The element's reader (our JSON, TimelineJS JSON, Sheets CSV), with messages that name the
 * input: JSON is decoded here, under its own name, and only text that is not JSON is handed
 * over as text, to be tried as CSV.
 */
function read(text: string, where: string, baseUrl: string) {
  let json;
  try {
    json = decodeJson(text, where);
  } catch (error) {
    if (!(error instanceof TimelineError) || error.kind !== 'json') throw error;
    try {
      return readTimeline({text, where}, baseUrl);
    } catch (asText) {
      throw asText instanceof TimelineError && asText.kind === 'json' ? error : asText;
    }
  }
  return readTimeline({json}, baseUrl);
}

/**
 * Reads and checks a timeline the way the element does, with the element's own reader. Relative
 * addresses in it resolve against its own URL, else `base`, else a stand-in for the page.
 */
export async function loadTimeline(name: string, {timeout, base}: {timeout: number; base?: string}): Promise<Loaded> {
  const input = await readInput(name, timeout);
  try {
    const {timeline, warnings, format} = read(input.text, input.url ?? (name === '-' ? 'Standard input' : name), input.url ?? base ?? UNKNOWN_PAGE);
    const {length} = timeline.events;
    // The element's own warning, for the events it will not show.
    if (input.utf8 === false) warnings.unshift({message: 'the file is not UTF-8: it was read as Windows-1252, as Excel saves "CSV"; save it as "CSV UTF-8" so that every tool reads the same text'});
    const cap = DEFAULT_LIMITS.events;
    if (length > cap) warnings.push({at: 'events', message: `${length}, over the cap; the first ${cap} in reading order are shown`});
    return {input, timeline, format, warnings};
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    throw new CliError(error.kind, error.message, error.status);
  }
}
