import type {Timeline} from '../data/parse-timeline.js';
import type {TimelineWarning} from '../data/timeline-warning.js';
import {readAnyFormat, type TimelineFormat} from '../formats/read-any-format.js';
import * as otherFormats from '../formats/read-timeline.js';
import {DEFAULT_LIMITS} from '../limits.js';
import {warnOverCap} from '../render/shown-events.js';
import {TimelineError} from '../timeline-error.js';
import {UNKNOWN_PAGE} from './page-address.js';
import {CliError, readInput, type Input} from './read-input.js';

export interface Loaded {
  input: Input;
  timeline: Timeline;
  format: TimelineFormat;
  /** Each naming where, when it can: `events[3].date`, `row 7`. */
  warnings: TimelineWarning[];
}

/**
 * Reads and checks a timeline the way the element does, with the element's own reader. Relative
 * addresses in it resolve against its own URL, else `base`, else a stand-in for the page.
 */
export async function loadTimeline(name: string, {timeout, base}: {timeout: number; base?: string}): Promise<Loaded> {
  const input = await readInput(name, timeout);
  try {
    const where = input.url ?? (name === '-' ? 'Standard input' : name);
    // One file, not a bundle with modules beside it: the reader of other formats is at hand.
    const read = await readAnyFormat({text: input.text, where}, input.url ?? base ?? UNKNOWN_PAGE, async () => otherFormats);
    if (!input.utf8) read.warnings.unshift({message: 'the file is not UTF-8: it was read as Windows-1252, as Excel saves "CSV"; save it as "CSV UTF-8" so that every tool reads the same text'});
    // The element's own warning, for the events it will not show.
    warnOverCap(read, DEFAULT_LIMITS.events);
    return {input, ...read};
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    // Its message quotes the answer: not one from a site a redirect led to (an internal one?).
    if (input.redirected) throw new CliError(error.kind, `${input.url} was redirected to another site, whose answer is not a timeline (${error.kind}); its content is not shown`);
    throw new CliError(error.kind, error.message, error.status);
  }
}
