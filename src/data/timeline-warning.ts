import {MAX_WARNINGS} from '../limits.js';

/** A problem in the data that did not stop it from being shown. */
export interface TimelineWarning {
  /** Where: `events[3].date`, `row 10.Alt Text`; absent when the sentence names no place. */
  at?: string;
  /** What was found, what was expected, what was done: `"x" is not an ISO 8601 date …; event skipped`. */
  message: string;
}

/** `events[3].date: "x" is not …`: the one wording of a warning, for the console, the CLI and the load event. */
export const formatWarning = ({at, message}: TimelineWarning) => (at ? `${at}: ${message}` : message);

/**
 * Warnings as they are found, each with its place in the source's order, kept up to the cap:
 * a file with a million bad fields must not cost a million sentences. Past the cap they are
 * only counted.
 */
export function warningList() {
  const kept: {warning: TimelineWarning; order: number}[] = [];
  let omitted = 0;
  return {
    add(warning: TimelineWarning, order = 0) {
      if (kept.length < MAX_WARNINGS) kept.push({warning, order});
      else omitted++;
    },
    /** In the source's order (a stable sort: equal places keep the order found), then how many were left out. */
    list(): TimelineWarning[] {
      const warnings = kept.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)).map(({warning}) => warning);
      if (omitted) warnings.push({message: `${omitted} more warning${omitted === 1 ? '' : 's'} not listed`});
      return warnings;
    },
  };
}

/**
 * A value as JSON, cut short, for messages: `"25/04/2019"`, `42`, `{"a":1}`. A warning quotes
 * at most 60 characters of the data, whatever its size: a megabyte title is not repeated.
 */
export function describe(value: unknown): string {
  let json;
  try {
    // A long text is cut before it is copied: a megabyte title costs no more than a short one.
    json = JSON.stringify(typeof value === 'string' ? value.slice(0, 60) : value) ?? String(value);
  } catch {
    json = 'a value nested too deep to show'; // JSON.stringify recurses; JSON.parse in V8 does not
  }
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** How many warnings the console shows; the rest are in the load event and `rk-timeline validate`. */
const LOGGED = 10;

/** Tells the console of a file's warnings in one call, however many: thousands of calls freeze a page. */
export function logWarnings(warnings: readonly string[]) {
  const count = warnings.length;
  if (count) console.warn(`<rk-timeline>: ${count > 1 ? `${count} warnings${count > LOGGED ? `, the first ${LOGGED}` : ''}:\n` : ''}${warnings.slice(0, LOGGED).join('\n')}`);
}
