import {TimelineError} from '../timeline-error.js';
import {EXPECTED_DATE, compareCoarsely, compareDates, parseEventDate, type EventDate} from './dates.js';
import {canonical} from '../i18n/language.js';
import {imageAddress, safeUrl} from './safe-url.js';
import {describe, warningList, type TimelineWarning} from './timeline-warning.js';
import {EVENT_LIMITS} from '../limits.js';

export interface TimelineLink {
  label: string;
  /** Absent when the data's address was not a safe web address: the label shows as plain text. */
  href?: string;
}

export interface TimelineMedia {
  src: string;
  /** `""` for a decorative image; the caption when it stands in (the renderer then reads it once). */
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
  /** Each names its place (`events[2].date`) and says what was found, what was expected, what was done. */
  warnings: TimelineWarning[];
}

/** Where a converted document's event came from, so that warnings name the source's place. */
export interface EventSource {
  /** The event's place in the source (its row, its index): warnings follow the source's order. */
  order: number;
  /**
   * How the source names the event's `field`, given in our terms (`media.src`, `links[0].href`,
   * `date` with `end` when the date's end is at fault): `row 7.Media`. No field names the event.
   */
  at: (field?: string, end?: boolean) => string;
}

export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Own properties only: a page that polluted Object.prototype must not inject fields.
export const field = (object: Fields, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/**
 * Checks parsed JSON against the timeline format (`data/timeline.schema.json`). What the
 * element shows is read and checked; `description` and `source` are metadata for tools and
 * people, left alone like unknown fields. An event that breaks the rules is skipped and a field
 * that does is dropped, each with a warning; a document that is not a timeline at all throws a
 * `TimelineError` of kind `format`.
 * Relative links and images resolve against `baseUrl` (the data file's URL). A converted
 * document passes its events' `sources`, and its warnings name places in the source.
 */
export function parseTimeline(json: unknown, baseUrl: string, sources?: EventSource[]): ParseResult {
  const warnings = warningList();
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
  // The event being read and its name, for every warning about it: readEvent sets them, and the
  // field readers below need not pass them along.
  let current: number | undefined;
  let suffix = '';
  /** Warns about `path`, a field of the current event (`date`, `links[0].href`), else of the document. */
  const warn = (path: string, problem: string, outcome = 'ignored', end = false) => {
    const index = current;
    const at = index === undefined ? path : sources ? sources[index].at(path || undefined, end) : `events[${index}]${path && `.${path}`}`;
    warnings.add({at, message: `${problem}; ${outcome}${suffix}`}, index === undefined ? Infinity : (sources?.[index].order ?? index));
  };
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
    if (!src) return undefined;
    const caption = readText(value, 'caption', path);
    // An image is never dropped for want of alt text: sighted readers would lose it too. `"alt": ""`
    // says, as in HTML, that it is decorative; missing, the caption stands in, or it is decorative.
    let alt = field(value, 'alt') === '' ? '' : readText(value, 'alt', path);
    if (alt === undefined) {
      alt = caption ?? '';
      warn(`${path}.alt`, 'missing', `${alt ? 'the caption stands in' : 'shown as decorative (alt="")'}: add alt text describing the image`);
    }
    // A file page or share link stands for its image: the editor pasted what the browser showed.
    return {src: imageAddress(src) ?? src, alt, caption, credit: readText(value, 'credit', path)};
  };

  /** The current event's lists that were longer than an event shows, with their lengths: for one warning. */
  let cut: ['paragraphs' | 'links' | 'tags', number][] = [];
  /** Reads a list's items in order until an event's cap of them is kept: the rest of a huge list costs nothing. */
  const readFirst = <T>(name: keyof typeof EVENT_LIMITS, items: readonly unknown[], read: (item: unknown, index: number) => T | undefined) => {
    const kept: T[] = [];
    let index = 0;
    for (; index < items.length && kept.length < EVENT_LIMITS[name]; index++) {
      const item = read(items[index], index);
      if (item !== undefined) kept.push(item);
    }
    if (index < items.length) cut.push([name, items.length]);
    return kept;
  };

  const readLinks = (value: unknown, path: string) =>
    readFirst('links', readArray(value, path, 'an array of {href, label}'), (link, index): TimelineLink | undefined => {
      const at = `${path}[${index}]`;
      if (!isObject(link)) return void warn(at, expected('{href, label}', link));
      const href = readUrl(link, 'href', at, 'shown as plain text');
      const rawHref = field(link, 'href');
      const label = readText(link, 'label', at) ?? (typeof rawHref === 'string' ? rawHref.trim() : undefined);
      if (!label) return void warn(at, 'neither label nor href');
      return {label, href};
    });

  /** Unique, in the data's order. */
  const readTags = (value: unknown, path: string) => {
    const seen = new Set<string>();
    return readFirst('tags', readArray(value, path, 'an array of text'), (tag, index) => {
      if (typeof tag !== 'string') return void warn(`${path}[${index}]`, expected('text', tag));
      const trimmed = tag.trim();
      if (!trimmed || seen.has(trimmed)) return undefined;
      seen.add(trimmed);
      return trimmed;
    });
  };

  /** Each event's place in the data, for warnings given after the events are sorted. */
  const sourceOf = new Map<TimelineEvent, number>();
  const readEvent = (event: unknown, index: number): TimelineEvent | undefined => {
    current = index;
    suffix = '';
    cut = [];
    if (!isObject(event)) return void warn('', expected('an event object', event), 'skipped');
    const id = field(event, 'id');
    const rawTitle = field(event, 'title');
    const title = typeof rawTitle === 'string' ? rawTitle.trim() : undefined;
    // A converted event is named by its source's place: its number here counts another list.
    const number = sources ? '' : index + 1;
    const name = title ? describe(title) : typeof id === 'string' ? `id ${describe(id)}` : number;
    suffix = name === '' ? '' : ` (event ${name})`;
    const rawDate = field(event, 'date');
    const date = typeof rawDate === 'string' ? parseEventDate(rawDate) : `${rawDate === undefined ? 'missing' : expected('text', rawDate)} (${EXPECTED_DATE})`;
    // A date that is not a real day names its start or its end; one that ends before it starts, its end.
    if (typeof date === 'string') return void warn('date', date, 'event skipped', typeof rawDate === 'string' && typeof parseEventDate(rawDate.split('/')[0]) !== 'string');
    if (rawTitle != null && typeof rawTitle !== 'string') warn('title', expected('text', rawTitle), 'the date stands as the heading');
    const validId = typeof id === 'string' && /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(id);
    if (id !== undefined && !validId) warn('id', `${describe(id)} is not an id (letters, digits, - and _)`, 'derived from the date instead');
    const media = field(event, 'media');
    // In the order of the fields in the format, as their warnings are.
    const label = readText(event, 'label', '');
    const section = readText(event, 'section', '');
    const tags = readTags(field(event, 'tags'), 'tags');
    const displayDate = readText(event, 'displayDate', '');
    const paragraphs = readFirst('paragraphs', (readText(event, 'text', '') ?? '').split(/\n\s*\n/), (paragraph) => (paragraph as string).trim() || undefined);
    const shownMedia = media === undefined ? undefined : readMedia(media, 'media');
    const links = readLinks(field(event, 'links'), 'links');
    if (cut.length) {
      const counts = (count: (name: keyof typeof EVENT_LIMITS, length: number) => number) => cut.map(([name, length]) => `${count(name, length)} ${name}`).join(', ');
      warn('', `${counts((_, length) => length)}: more than an event shows`, `the first ${counts((name) => EVENT_LIMITS[name])} are shown`);
    }
    const read: TimelineEvent = {
      id: validId ? id : '',
      date,
      title: title || undefined,
      label,
      section,
      tags,
      displayDate,
      paragraphs,
      media: shownMedia,
      links,
    };
    sourceOf.set(read, index);
    return read;
  };

  const read = events.map(readEvent).filter((event): event is TimelineEvent => event !== undefined);
  // Events already in order keep the editor's order, a month placed among its days included (so
  // a section is not split); otherwise they are sorted by their first day.
  const inOrder = read.every((event, index) => !index || compareCoarsely(read[index - 1].date.start, event.date.start) <= 0);
  const timeline: Timeline = {events: inOrder ? read : read.sort((a, b) => compareDates(a.date.start, b.date.start))};
  current = undefined;
  suffix = '';

  // Every event gets an id no other has. Ids the data gave are claimed first, so a derived
  // id never takes one; a repeated id goes to its first event and the others are renamed.
  const taken = new Set<string>();
  // The next number to try after each wanted id: 10,000 events on one day count up once, not
  // from 2 each time.
  const next = new Map<string, number>();
  const unnamed = timeline.events.filter((event) => !event.id || taken.has(event.id) || !taken.add(event.id));
  for (const event of unnamed) {
    // A derived id is the date: it survives a reworded headline, so links to it keep working.
    const wanted = event.id || event.date.start.iso;
    let id = wanted;
    let n = next.get(wanted) ?? 2;
    while (taken.has(id)) id = `${wanted}-${n++}`;
    next.set(wanted, n);
    if (event.id) {
      // Ours names the list; a converted document, the source's own id field.
      current = sources && sourceOf.get(event);
      warn(sources ? 'id' : 'events', `id ${describe(wanted)} is used twice`, `event ${describe(event.title ?? event.date.start.iso)} gets ${describe(id)}`);
      current = undefined;
    }
    taken.add((event.id = id));
  }

  const lang = readText(document, 'lang', '');
  timeline.lang = canonical(lang);
  if (lang && !timeline.lang) warn('lang', `${describe(lang)} is not a language tag like "id" or "en-GB"`);
  timeline.title = readText(document, 'title', '');
  return {timeline, warnings: warnings.list()};
}
