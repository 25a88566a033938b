import {formatWarning} from '../data/timeline-warning.js';
import {loadTimeline} from './load.js';
import {printable} from './printable.js';
import {CliError, type CliErrorKind} from './read-input.js';

export interface Problem {
  /** Where in the data: `events[3].date`, `row 7`; absent when the sentence names no place. */
  location?: string;
  message: string;
}

export interface ValidationResult {
  input: string;
  format: string | null;
  /** Events that passed the checks; null when the data could not be read. */
  events: number | null;
  warnings: Problem[];
  error: {kind: CliErrorKind; message: string; status?: number} | null;
}

/** 2 when any input has an error, 1 when any has warnings, else 0. */
export const exitCodeOf = (results: ValidationResult[]) =>
  results.some((result) => result.error) ? 2 : results.some((result) => result.warnings.length) ? 1 : 0;

export async function validate(inputs: string[], options: {timeout: number}): Promise<ValidationResult[]> {
  const results: ValidationResult[] = [];
  for (const input of inputs) {
    try {
      const {timeline, format, warnings} = await loadTimeline(input, options);
      results.push({input, format, events: timeline.events.length, warnings: warnings.map(({at, message}) => (at ? {location: at, message} : {message})), error: null});
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      const {kind, message, status} = error;
      results.push({input, format: null, events: null, warnings: [], error: {kind, message, ...(status ? {status} : {})}});
    }
  }
  return results;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One line per problem, `file: warning: events[3].date: …`, then one summary line per file. */
export function formatResults(results: ValidationResult[]): string {
  return results
    .map(({input: name, events, warnings, error}) => {
      const input = printable(name);
      if (error) return `${input}: error: ${printable(error.message)}\n`;
      const lines = warnings.map(({location, message}) => `${input}: warning: ${printable(formatWarning({at: location, message}))}\n`);
      return `${lines.join('')}${input}: ${plural(events!, 'event')}, ${warnings.length ? plural(warnings.length, 'warning') : 'no problems'}\n`;
    })
    .join('');
}
