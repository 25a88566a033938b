import {formatDate, type CalendarDate} from '../data/dates.js';
import type {TimelineEvent} from '../data/parse-timeline.js';

export interface JsonLdOptions {
  /** The timeline's name: `label`, else the data's title. */
  name?: string;
  language: string;
  newestFirst: boolean;
  /** The article's address, when known: each event's `url` is its permalink there. */
  page?: string;
  anchor: string;
}

/** ISO 8601 as schema.org reads it: four-digit years, signed before 1 CE; deep time has none. */
const isoDate = (date: CalendarDate) => (date.year < -9999 ? undefined : date.iso);

/**
 * The timeline for machines, in schema.org terms: an `ItemList` (the events, in the order shown)
 * of `ListItem`s, each an `Event`, the type for something that happened at a time, with
 * `startDate`/`endDate` at the data's own precision (ISO 8601: `2000-07`), a `description`, an
 * `image`, and, with the page's address, a `url` that opens the event in the article.
 * Descriptive, not a bid for Google's Event rich results, which want a `location` and a future
 * date: search consoles may say so. Deep time (`-13800000000`) has no schema.org Date: its
 * events keep their name, without dates. `inLanguage` belongs to each Event (a CreativeWork property
 * is not the list's).
 */
export function timelineJsonLd(events: readonly TimelineEvent[], {name, language, newestFirst, page, anchor}: JsonLdOptions) {
  const event = (event: TimelineEvent) => ({
    '@type': 'Event',
    name: event.title ?? event.displayDate ?? formatDate(event.date.start, language),
    startDate: isoDate(event.date.start),
    endDate: event.date.end && isoDate(event.date.end),
    description: event.paragraphs.join('\n\n') || undefined,
    image: event.media && {'@type': 'ImageObject', url: event.media.src, caption: event.media.caption, creditText: event.media.credit},
    url: page ? `${page}#${anchor}-${event.id}` : undefined,
    inLanguage: language,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    itemListOrder: `https://schema.org/ItemListOrder${newestFirst ? 'Descending' : 'Ascending'}`,
    numberOfItems: events.length,
    itemListElement: events.map((item, index) => ({'@type': 'ListItem', position: index + 1, item: event(item)})),
  };
}
