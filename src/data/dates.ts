import {describe} from './timeline-warning.js';

/** How much of a date the data states. A date is never shown more precisely than it was given. */
export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
  /** Astronomical, as in ISO 8601: 0 is 1 BC, -499 is 500 BC. */
  year: number;
  /** 1–12, present at month and day precision. */
  month?: number;
  /** 1–31, present at day precision. */
  day?: number;
  precision: Precision;
  /** The ISO 8601 text (`-0499` before 1 CE), for `<time datetime>` from year 1 on. */
  iso: string;
}

/** One day, month or year, or an interval between two of them. */
export interface EventDate {
  start: CalendarDate;
  end?: CalendarDate;
}

/**
 * The same rule as `$defs/isoDate` in `data/timeline.schema.json`: years before 1 CE as ISO 8601
 * writes them, `0000` for 1 BC and `-0499` for 500 BC (no `-0000`); deep time as a year alone,
 * of five digits or more (`-13800000000`).
 */
const ISO_DATE = /^(?:(-[1-9]\d{4,11})|(-(?!0000)\d{4}|\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?)$/;

export const EXPECTED_DATE = 'expected 2019-04-25, 2019-04 or 2019';

function daysInMonth(year: number, month: number): number {
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0); // day 0 of the next month
  return lastDay.getUTCDate();
}

// Dates inherit from an empty object that has no prototype, not from Object.prototype: a page
// that polluted it (`month`, `end`) adds nothing to them. (Object.create(null) itself would make
// each date a slow dictionary, and a timeline sorts thousands.)
const NOTHING = Object.freeze(Object.create(null));
const bare = <T extends object>(fields: T): T => Object.assign(Object.create(NOTHING), fields);

const notIso = (text: string) => `${describe(text)} is not an ISO 8601 date (${EXPECTED_DATE})`;

/** Parses `2019`, `2019-04` or `2019-04-25`; returns a problem in words when it cannot. */
export function parseCalendarDate(text: string): CalendarDate | string {
  const match = ISO_DATE.exec(text);
  if (!match) return notIso(text);
  const [, deep, year = deep, month, day] = match;
  const date: CalendarDate = bare({
    year: Number(year),
    precision: day ? 'day' : month ? 'month' : 'year',
    iso: text,
  });
  if (month) date.month = Number(month);
  if (day) {
    date.day = Number(day);
    const last = daysInMonth(date.year, date.month!);
    if (date.day > last) return `${JSON.stringify(text)} is not a real day (that month has ${last} days)`;
  }
  return date;
}

/** Parses a date or an interval `start/end`; returns a problem in words when it cannot. */
export function parseEventDate(text: string): EventDate | string {
  const parts = text.split('/');
  if (parts.length > 2 || !parts.every((part) => ISO_DATE.test(part))) return notIso(text);
  const [start, end] = parts.map(parseCalendarDate);
  if (typeof start === 'string') return start;
  if (end === undefined) return bare({start});
  if (typeof end === 'string') return end;
  if (compareDates(end, start) < 0) return `${describe(text)} ends before it starts`;
  return bare({start, end});
}

/**
 * Orders dates only as far as both are precise: neither of `2024-01` and `2024-01-20` comes first,
 * as the month holds the day.
 */
export function compareCoarsely(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || (a.month && b.month ? a.month - b.month || (a.day && b.day ? a.day - b.day : 0) : 0);
}

/** Orders dates by their first day: `2020-02` sorts with `2020-02-01`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric'},
  month: {year: 'numeric', month: 'long'},
  day: {year: 'numeric', month: 'long', day: 'numeric'},
};

// Formatters are costly to build and a timeline formats hundreds of dates in a few locales.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Writes a date for readers of `locale`, at the date's own precision ("Juli 2000"), with the
 * language's era ("500 SM", "紀元前500年") when `era`: by default before 1 CE. Deep time (years of
 * five digits or more) is so many years ago, to the digits the data gives: "13.8 billion years ago".
 */
export function formatDate(date: CalendarDate, locale: string, era = date.year < 1): string {
  if (date.year < -9999) {
    const years = -date.year;
    const count = new Intl.NumberFormat(locale, {notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: String(years).replace(/0+$/, '').length});
    // The language's "… years ago" with its number in full replaced by the compact one.
    return new Intl.RelativeTimeFormat(locale).format(date.year, 'year').replace(new Intl.NumberFormat(locale).format(years), count.format(years));
  }
  const key = `${locale} ${date.precision} ${era}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, {...OPTIONS[date.precision], timeZone: 'UTC', era: era ? 'short' : undefined})));
  }
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  instant.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return formatter.format(instant);
}
