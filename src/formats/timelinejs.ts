import type {Converted, DocumentEvent, DocumentMedia, TimelineDocument} from './document.js';
import {field, isObject} from '../data/parse-timeline.js';
import {describe, warningList} from '../data/timeline-warning.js';
import {imageAddress} from '../data/safe-url.js';
import {timelineJs2Slides} from './timelinejs2.js';
import {htmlLinks, htmlToLine, htmlToText} from './html-text.js';

/** A TimelineJS slide (an event, an era or the title) and how its source names a field in warnings. */
export interface Slide {
  fields: unknown;
  /** `start_date.year` → `events[3].start_date.year` or `row 7.Year`; no field names the slide. */
  at: (field?: string) => string;
  /** Its place in the source, for the order of warnings: a sheet's row. */
  order?: number;
}

/** A field by its dotted path, own properties only: a polluted Object.prototype adds nothing. */
function get(value: unknown, path: string): unknown {
  for (const key of path.split('.')) value = isObject(value) ? field(value, key) : undefined;
  return value;
}

// A Wikimedia Commons file page or a Drive share link stands for its image (the parser finds
// the file); another wiki's file page ends in .jpg but is a web page.
const isImage = (url: string) =>
  imageAddress(url) !== undefined || (/\.(?:jpe?g|png|gif|webp|avif|svg)$/i.test(url.replace(/[?#][\s\S]*/, '')) && !/\/wiki\/File:/i.test(url));

function hostName(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url; // a relative address has no host: it names itself
  }
}

/** A day as a number that sorts as days do, before 1 CE too: as if every month had 31 days. */
function dayNumber(iso: string, month: number, day: number): number {
  const [, y, m, d] = /^(-?\d+)(?:-(\d+))?(?:-(\d+))?/.exec(iso)!;
  return (+y * 12 + (m ? +m : month)) * 31 + (d ? +d : day);
}

// An era covers its start and end as stated: an era ending in 1945 runs to 31 December 1945.
const firstDay = (iso: string) => dayNumber(iso, 1, 1);
const lastDay = (iso: string) => dayNumber(iso, 12, 31);

// Month names as editors type them in the Month column: `February`, `Feb`, `Sept.`.
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/**
 * Seconds into the day of a slide's start, from TimelineJS's `hour`, `minute` and `second`, or
 * the sheet's Time (`14:30`, `2:30 PM`): only to order a day's events, as our format has no time.
 */
function startTime(fields: unknown): number {
  const time = /^(\d+)(?::(\d+))?(?::(\d+))?\s*([ap])?/i.exec(String(get(fields, 'start_date.time') ?? ''));
  const [hour, minute, second] = (time?.slice(1, 4) ?? ['hour', 'minute', 'second'].map((part) => get(fields, `start_date.${part}`))).map(
    (value) => Number(value) || 0,
  );
  // 12 AM is midnight, 12 PM noon.
  return ((time?.[4] ? (hour % 12) + (/p/i.test(time[4]) ? 12 : 0) : hour) * 60 + minute) * 60 + second;
}

/** A min-heap of numbers: the eras begun, by their place in the file. */
function heap() {
  const items: number[] = [];
  const swap = (i: number, j: number) => ([items[i], items[j]] = [items[j], items[i]]);
  return {
    peek: () => items[0] as number | undefined,
    push(item: number) {
      let i = items.push(item) - 1;
      for (let parent; i && items[(parent = (i - 1) >> 1)] > items[i]; i = parent) swap(i, parent);
    },
    pop() {
      const last = items.pop()!;
      if (!items.length) return;
      items[0] = last;
      for (let i = 0, child; (child = 2 * i + 1) < items.length; i = child) {
        if (child + 1 < items.length && items[child + 1] < items[child]) child++;
        if (items[i] <= items[child]) break;
        swap(i, child);
      }
    },
  };
}

interface Era {
  name: string;
  /** Day numbers, as firstDay and lastDay count them. */
  first: number;
  last: number;
}

/**
 * The section of each day (a day number): the first era in the file's order that covers it. One
 * sweep over days and eras in date order, not every era for every event: 10,000 of each are
 * read at once.
 */
function sectionsOf(days: number[], eras: Era[]): (string | undefined)[] {
  const byStart = eras.map((_, index) => index).sort((a, b) => (eras[a].first < eras[b].first ? -1 : eras[a].first > eras[b].first ? 1 : 0));
  const begun = heap();
  const sections: (string | undefined)[] = [];
  let next = 0;
  for (const position of days.map((_, index) => index).sort((a, b) => (days[a] < days[b] ? -1 : days[a] > days[b] ? 1 : 0))) {
    const day = days[position];
    while (next < byStart.length && eras[byStart[next]].first <= day) begun.push(byStart[next++]);
    // Days only grow: an era ended before this one has ended for every later day too.
    while (begun.peek() !== undefined && eras[begun.peek()!].last < day) begun.pop();
    sections[position] = eras[begun.peek() ?? -1]?.name;
  }
  return sections;
}

const withoutAbsent = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

/**
 * Turns TimelineJS slides into our document: `title` is the title slide, `eras` name the sections
 * of the events that start inside them, `events` become ours (no `events` when undefined). The
 * CSV reader passes its rows here too, as TimelineJS itself reads its Sheets template, and its
 * own warnings (about rows), to be listed with these in the rows' order.
 */
export function convertSlides(title: Slide | undefined, eras: Slide[], events: Slide[] | undefined, warnings = warningList()): Converted {
  /** Reads one slide's fields; each warning names the slide the parser's way: `(event "Summit")`. */
  const reader = (slide: Slide, kind?: 'event' | 'era') => {
    let suffix = '';
    const warn = (field: string | undefined, problem: string, outcome: string) =>
      warnings.add({at: slide.at(field), message: `${problem}; ${outcome}${suffix}`}, slide.order);
    if (!isObject(slide.fields)) {
      warn(undefined, `expected a slide object, found ${describe(slide.fields)}`, kind === 'era' ? 'era ignored' : kind ? 'skipped' : 'ignored');
      return undefined;
    }
    /** A text field trimmed, a number as written; blank is absent. */
    const raw = (path: string) => {
      const value = get(slide.fields, path);
      if (typeof value === 'number') return String(value);
      if (typeof value === 'string') return value.trim() || undefined;
      if (value != null) warn(path, `expected text, found ${describe(value)}`, 'ignored');
      return undefined;
    };
    const line = (path: string) => {
      const value = raw(path);
      return value && (htmlToLine(value) || undefined);
    };
    const headline = line('text.headline');
    const id = raw('unique_id');
    if (kind) suffix = headline ? ` (${kind} ${describe(headline)})` : id ? ` (${kind} id ${describe(id)})` : '';

    /** `2019-04-25`, `2019-04` or `2019` from a date's parts; null, with a warning, when they do not fit. */
    const date = (key: 'start_date' | 'end_date', outcome: string): string | null | undefined => {
      const parts = get(slide.fields, key);
      if (parts != null && !isObject(parts)) return warn(key, `expected {year, month, day}, found ${describe(parts)}`, outcome), null;
      let iso = '';
      for (const [part, most, width] of [['year', 9999, 4], ['month', 12, 2], ['day', 31, 2]] as const) {
        const value = get(parts, part);
        // Spreadsheets write 1,999 and " 7": TimelineJS drops the commas and spaces too.
        const digits = typeof value === 'string' || typeof value === 'number' ? String(value).replace(/[\s,]/g, '') : value;
        if ((digits ?? '') === '') {
          if (part !== 'year') continue;
          // Only the start is required; an end without a year makes a single date.
          return key === 'start_date' ? (warn(parts == null ? key : `${key}.year`, 'missing', outcome), null) : undefined;
        }
        if (part === 'day' && !/\d-/.test(iso)) return warn(`${key}.day`, 'a day without a month', 'ignored'), iso;
        const text = String(digits);
        const number = part === 'month' && /^[a-z]{3,}\.?$/i.test(text) ? MONTHS.findIndex((name) => name.startsWith(text.toLowerCase().replace('.', ''))) + 1 : /^-?\d+$/.test(text) ? +text : 0;
        // TimelineJS's year -500 is 500 BCE, the year before 1 is -1; -13800000000 is deep time.
        if (!(part === 'year' ? number && number <= most : number >= 1 && number <= most)) {
          const found = describe(value);
          const problem =
            part === 'month'
              ? `expected a month number 1–12, found ${found}`
              : part === 'year' && /^\d+([-/.])\d+\1\d+$/.test(text)
                ? `a whole date, ${found}: give the year, month and day separately`
                : part === 'year' && text === '0'
                  ? `there is no year 0 (-1 is 1 BCE), found ${found}`
                  : `expected a ${part}, found ${found}`;
          return warn(`${key}.${part}`, problem, outcome), null;
        }
        // Ours numbers years as ISO 8601 does, 0000 is 1 BCE and -0499 500 BCE, but for deep time,
        // where a year is below the precision.
        const iso8601 = part === 'year' && number < 0 && number > -1e4 ? number + 1 : number;
        iso += (iso ? '-' : iso8601 < 0 ? '-' : '') + String(Math.abs(iso8601)).padStart(width, '0');
      }
      return iso;
    };
    return {warn, raw, line, date, headline, id};
  };

  const sections: Era[] = eras.flatMap((slide) => {
    const era = reader(slide, 'era');
    const start = era?.date('start_date', 'era ignored');
    const end = start && era!.date('end_date', 'era ignored');
    if (!era || !start || end === null) return [];
    if (!end) return era.warn('end_date', 'missing', 'era ignored'), [];
    if (!era.headline) return era.warn('text.headline', 'missing', 'era ignored'), [];
    return [{name: era.headline, first: firstDay(start), last: lastDay(end)}];
  });

  const readEvent = (slide: Slide, position: number) => {
    const event = reader(slide, 'event');
    const start = event?.date('start_date', 'event skipped');
    const end = start && event!.date('end_date', 'event skipped');
    if (!event || !start || end === null) return [];
    const {warn, raw, line} = event;

    let url = raw('media.url');
    const caption = line('media.caption');
    let media: DocumentMedia | undefined;
    const links = new Map<string, string>(); // href → label
    // An embed code (a tweet's <blockquote>, an <iframe>) stands for its first address: the post, the video.
    if (url?.startsWith('<')) {
      url = htmlToLine(/https?:\/\/[^\s"'<>]+/i.exec(url)?.[0] ?? '') || undefined;
      if (!url) warn('media.url', 'an embed code without an http(s) address', 'ignored');
    }
    if (url && isImage(url)) {
      // Without alt text, the parser lets the caption stand in or shows the image as decorative.
      media = withoutAbsent({src: url, alt: line('media.alt'), caption, credit: line('media.credit')});
    } else if (url) {
      // Video, tweets and maps would need their sites' scripts: a link to them is what we can show.
      links.set(url, caption ?? hostName(url));
    }
    // Links in the text keep their words there, and are links of the event too.
    const text = raw('text.text');
    for (const [href, words] of htmlLinks(text ?? '')) {
      if (/^(?:https?:)?\/\/[^\s/?#]+\S*$/i.test(href) && !links.has(href)) links.set(href, words || hostName(href));
    }

    const shownStart = line('start_date.display_date');
    const shownEnd = line('end_date.display_date');
    const group = line('group');
    const converted: DocumentEvent = withoutAbsent({
      date: end && end !== start ? `${start}/${end}` : start,
      // Both ends as written, or neither: half a written date would hide the other end.
      displayDate: line('display_date') ?? (end ? shownStart && shownEnd && `${shownStart} – ${shownEnd}` : shownStart),
      title: event.headline,
      text: text && (htmlToText(text) || undefined),
      id: event.id,
      tags: group ? [group] : undefined,
      media,
      links: links.size ? [...links].map(([href, label]) => ({href, label})) : undefined,
    });
    // Days as numbers and seconds into the day: one key for the order of events.
    const day = firstDay(start);
    return [{event: converted, at: slide.at, position, day, key: day * 86400 + startTime(slide.fields)}];
  };

  const document: TimelineDocument = {};
  const cover = title && reader(title);
  if (cover) {
    const text = cover.raw('text.text');
    document.title = cover.headline;
    // Not shown by the element, but kept for tools and for readers of the converted file.
    document.description = text && (htmlToText(text) || undefined);
  }
  // By day and time of day: our parser orders by date alone and keeps the order of a day's
  // events, and a live blog lists its newest first.
  const read = events?.flatMap(readEvent).sort((a, b) => a.key - b.key);
  if (read) {
    const named = sectionsOf(read.map(({day}) => day), sections);
    document.events = read.map(({event}, index) => (named[index] ? {...event, section: named[index]} : event));
  }
  return {document: withoutAbsent(document), warnings: warnings.list(), sources: read?.map(({at}) => at) ?? [], order: read?.map(({position}) => position) ?? []};
}

const slideAt = (fields: unknown, path: string): Slide => ({fields, at: (field) => (field ? `${path}.${field}` : path)});

/**
 * TimelineJS JSON as our document: TimelineJS 3, its early form with `slides` for `events`, and
 * TimelineJS 2 (`{"timeline": {"date": [...]}}`). Time of day, backgrounds, scale and the like
 * are not ours to show.
 */
export function convertTimelineJs(json: unknown): Converted {
  const timeline = get(json, 'timeline');
  if (isObject(timeline)) return convertSlides(...timelineJs2Slides(timeline));
  const slides = (key: string) => {
    const list = get(json, key);
    return Array.isArray(list) ? list.map((fields, index) => slideAt(fields, `${key}[${index}]`)) : undefined;
  };
  const title = get(json, 'title');
  return convertSlides(title === undefined ? undefined : slideAt(title, 'title'), slides('eras') ?? [], slides('events') ?? slides('slides'));
}
