import type {Fields} from '../data/parse-timeline.js';
import {field, isObject} from '../data/parse-timeline.js';
import type {Slide} from './timelinejs.js';

// TimelineJS 2 (2012–2015) JSON: {"timeline": {"headline", "text", "date": [...], "era": [...]}},
// each date {"startDate": "1932,2,27", "endDate", "headline", "text", "tag", "asset": {...}}.
// Its slides are turned into TimelineJS 3's shape, to be read as TimelineJS 3 is.

// TimelineJS 3's fields as TimelineJS 2 named them, for warnings: `date[3].startDate`.
const OLD_NAMES: Record<string, string> = {
  start_date: 'startDate',
  end_date: 'endDate',
  'text.headline': 'headline',
  'text.text': 'text',
  'media.url': 'asset.media',
  'media.caption': 'asset.caption',
  'media.credit': 'asset.credit',
  'media.alt': 'asset', // TimelineJS 2 has no alt text: its asset is named
  group: 'tag',
  eras: 'era',
};

/** `"1932,2,27"` or `"1932,2,27,14,30"` as TimelineJS 3's date parts; anything else stands as the year, to be refused there. */
function dateParts(value: unknown): Fields | undefined {
  if (value == null || value === '') return undefined;
  const parts = typeof value === 'string' && /^\s*-?\d+(?:\s*,\s*\d*)*\s*$/.test(value) ? value.split(',') : [value];
  const date: Fields = Object.create(null);
  ['year', 'month', 'day', 'hour', 'minute', 'second'].forEach((name, index) => {
    if (parts[index] !== undefined) date[name] = typeof parts[index] === 'string' ? parts[index].trim() : parts[index];
  });
  return date;
}

/** One TimelineJS 2 date, era or the timeline itself as a TimelineJS 3 slide, named in its own words. */
function oldSlide(old: unknown, path: string): Slide {
  const at = (name?: string) => (name ? `${path}.${OLD_NAMES[name] ?? OLD_NAMES[name.replace(/\..*/, '')] ?? name}` : path);
  if (!isObject(old)) return {fields: old, at};
  const asset = field(old, 'asset');
  const of = (object: unknown, key: string) => (isObject(object) ? field(object, key) : undefined);
  const fields: Fields = Object.create(null);
  fields.start_date = dateParts(field(old, 'startDate'));
  fields.end_date = dateParts(field(old, 'endDate'));
  fields.text = {headline: field(old, 'headline'), text: field(old, 'text')};
  fields.media = {url: of(asset, 'media'), caption: of(asset, 'caption'), credit: of(asset, 'credit'), thumbnail: of(asset, 'thumbnail')};
  fields.group = field(old, 'tag');
  return {fields, at};
}

/** A list of TimelineJS 2 dates or eras as slides; undefined when the file has no such list. */
const oldSlides = (list: unknown, name: string) =>
  Array.isArray(list) ? list.map((old, index) => oldSlide(old, `${name}[${index}]`)) : undefined;

/** The title, eras and events of a TimelineJS 2 file, for `convertSlides`. */
export function timelineJs2Slides(timeline: Fields): [Slide, Slide[], Slide[] | undefined] {
  return [oldSlide(timeline, 'timeline'), oldSlides(field(timeline, 'era'), 'era') ?? [], oldSlides(field(timeline, 'date'), 'date')];
}
