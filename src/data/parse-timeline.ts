import {TimelineError} from '../timeline-error.js';
import {EXPECTED_DATE, compareCoarsely, compareDates, parseEventDate, type EventDate} from './dates.js';
import {canonical} from '../i18n/language.js';
import {imageAddress, safeUrl} from './safe-url.js';

export interface TimelineLink {
  label: string;
  /** Absent when the data's address was not a safe web address: the label shows as plain text. */
  href?: string;
}

export interface TimelineMedia {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface TimelineEvent {
  /** Unique within the timeline: from the data, else the date (`2019-04-25`, `2019-04-25-2`). */
  id: string;
  date: EventDate;
  displayDate?: string;
  /** Absent when the data gave none: the formatted date stands as the heading. */
  title?: string;
  /** A short tag above the date: "Day 1", "Update". */
  label?: string;
  /** Consecutive events with the same section are grouped under its heading. */
  section?: string;
  /** The topics the reader can filter by; unique, in the data's order. */
  tags: string[];
  /** The text split at blank lines. */
  paragraphs: string[];
  media?: TimelineMedia;
  links: TimelineLink[];
}

export interface Timeline {
  title?: string;
  lang?: string;
  /** Oldest first; equal dates, and data already in order, keep the data's order. */
  events: TimelineEvent[];
}

export interface ParseResult {
  timeline: Timeline;
  /** One sentence each: where (`events[2].date`), what was found, what was expected, what was done. */
  warnings: string[];
}

export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Own properties only: a page that polluted Object.prototype must not inject fields.
export const field = (object: Fields, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;

/** A value as JSON, cut short, for messages: `"25/04/2019"`, `42`, `{"a":1}`. */
export function describe(value: unknown): string {
  let json;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = 'a value nested too deep to show'; // JSON.stringify recurses; JSON.parse in V8 does not
  }
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/**
 * Checks parsed JSON against the timeline format (`data/timeline.schema.json`). What the
 * element shows is read and checked; `description` and `source` are metadata for tools and
 * people, left alone like unknown fields. An event that breaks the rules is skipped and a field
 * that does is dropped, each with a warning; a document that is not a timeline at all throws a
 * `TimelineError` of kind `format`.
 * Relative links and images resolve against `baseUrl` (the data file's URL).
 */
export function parseTimeline(json: unknown, baseUrl: string): ParseResult {
  const warnings: string[] = [];
  const document: Fields = Array.isArray(json) ? {events: json} : isObject(json) ? json : {};
  const events = field(document, 'events');
  if (!Array.isArray(events)) {
    throw new TimelineError(
      'format',
      `Not a timeline: expected {"events": [...]} or an array of events, found ${
        isObject(json) ? (events === undefined ? 'no "events"' : `"events" as ${describe(events)}`) : describe(json)
      }`,
    );
  }
  // Names the event being read, for every warning about it: readEvent sets it, and the field
  // readers below need not pass it along.
  let suffix = '';
  const warn = (path: string, problem: string, outcome = 'ignored') =>
    void warnings.push(`${path}: ${problem}; ${outcome}${suffix}`);
  const expected = (what: string, value: unknown) => `expected ${what}, found ${describe(value)}`;

  /** A text field; a blank string counts as absent. */
  const readText = (object: Fields, key: string, path: string): string | undefined => {
    const value = field(object, key);
    if (typeof value === 'string') return value.trim() || undefined;
    if (value != null) warn(path ? `${path}.${key}` : key, expected('text', value));
    return undefined;
  };
  const readUrl = (object: Fields, key: string, path: string, outcome: string) => {
    const value = readText(object, key, path);
    const url = value && safeUrl(value, baseUrl);
    if (value && !url) warn(`${path}.${key}`, `${describe(value)} is not an http(s) or relative address`, outcome);
    return url || undefined;
  };
  const readArray = (value: unknown, path: string, what: string) => {
    if (Array.isArray(value)) return value;
    if (value !== undefined) warn(path, expected(what, value));
    return [];
  };

  const readMedia = (value: unknown, path: string): TimelineMedia | undefined => {
    if (!isObject(value)) return void warn(path, expected('{src, alt}', value));
    const src = readUrl(value, 'src', path, 'image left out');
    const alt = readText(value, 'alt', path);
    if (src && !alt) warn(`${path}.alt`, 'missing (images need alt text)', 'image left out');
    if (!src || !alt) return undefined;
    // A file page or share link stands for its image: the editor pasted what the browser showed.
    return {src: imageAddress(src) ?? src, alt, caption: readText(value, 'caption', path), credit: readText(value, 'credit', path)};
  };

  const readLinks = (value: unknown, path: string) =>
    readArray(value, path, 'an array of {href, label}').flatMap((link, index): TimelineLink[] => {
      const at = `${path}[${index}]`;
      if (!isObject(link)) return warn(at, expected('{href, label}', link)), [];
      const href = readUrl(link, 'href', at, 'shown as plain text');
      const rawHref = field(link, 'href');
      const label = readText(link, 'label', at) ?? (typeof rawHref === 'string' ? rawHref.trim() : undefined);
      if (!label) return warn(at, 'neither label nor href'), [];
      return [{label, href}];
    });

  const readTags = (value: unknown, path: string) => [
    ...new Set(
      readArray(value, path, 'an array of text').flatMap((tag, index) =>
        typeof tag === 'string' ? tag.trim() || [] : (warn(`${path}[${index}]`, expected('text', tag)), []),
      ),
    ),
  ];

  const readEvent = (event: unknown, index: number): TimelineEvent | undefined => {
    const path = `events[${index}]`;
    suffix = '';
    if (!isObject(event)) return void warn(path, expected('an event object', event), 'skipped');
    const id = field(event, 'id');
    const rawTitle = field(event, 'title');
    const title = typeof rawTitle === 'string' ? rawTitle.trim() : undefined;
    suffix = ` (event ${title ? JSON.stringify(title) : typeof id === 'string' ? `id ${JSON.stringify(id)}` : index + 1})`;
    const rawDate = field(event, 'date');
    const date = typeof rawDate === 'string' ? parseEventDate(rawDate) : `${rawDate === undefined ? 'missing' : expected('text', rawDate)} (${EXPECTED_DATE})`;
    if (typeof date === 'string') return void warn(`${path}.date`, date, 'event skipped');
    if (rawTitle != null && typeof rawTitle !== 'string') warn(`${path}.title`, expected('text', rawTitle), 'the date stands as the heading');
    const validId = typeof id === 'string' && /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(id);
    if (id !== undefined && !validId) warn(`${path}.id`, `${describe(id)} is not an id (letters, digits, - and _)`, 'derived from the date instead');
    const media = field(event, 'media');
    return {
      id: validId ? id : '',
      date,
      title: title || undefined,
      label: readText(event, 'label', path),
      section: readText(event, 'section', path),
      tags: readTags(field(event, 'tags'), `${path}.tags`),
      displayDate: readText(event, 'displayDate', path),
      paragraphs: (readText(event, 'text', path) ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
      media: media === undefined ? undefined : readMedia(media, `${path}.media`),
      links: readLinks(field(event, 'links'), `${path}.links`),
    };
  };

  const read = events.map(readEvent).filter((event): event is TimelineEvent => event !== undefined);
  // Events already in order keep the editor's order, a month placed among its days included (so
  // a section is not split); otherwise they are sorted by their first day.
  const inOrder = read.every((event, index) => !index || compareCoarsely(read[index - 1].date.start, event.date.start) <= 0);
  const timeline: Timeline = {events: inOrder ? read : read.sort((a, b) => compareDates(a.date.start, b.date.start))};
  suffix = '';

  // Every event gets an id no other has. Ids the data gave are claimed first, so a derived
  // id never takes one; a repeated id goes to its first event and the others are renamed.
  const taken = new Set<string>();
  const unnamed = timeline.events.filter((event) => !event.id || taken.has(event.id) || !taken.add(event.id));
  for (const event of unnamed) {
    // A derived id is the date: it survives a reworded headline, so links to it keep working.
    const wanted = event.id || event.date.start.iso;
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    if (event.id) warn('events', `id ${JSON.stringify(wanted)} is used twice`, `event ${JSON.stringify(event.title ?? event.date.start.iso)} gets ${JSON.stringify(id)}`);
    taken.add((event.id = id));
  }

  const lang = readText(document, 'lang', '');
  timeline.lang = canonical(lang);
  if (lang && !timeline.lang) warn('lang', `${describe(lang)} is not a language tag like "id" or "en-GB"`);
  timeline.title = readText(document, 'title', '');
  return {timeline, warnings};
}
