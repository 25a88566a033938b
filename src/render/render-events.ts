import {formatDate} from '../data/dates.js';
import type {TimelineEvent, TimelineLink, TimelineMedia} from '../data/parse-timeline.js';

/** The tag of each event's heading for a `heading-level`: 2–6, and anything else (9, NaN) means 3. */
export const headingTag = (level: number) => `h${[2, 4, 5, 6].includes(level) ? level : 3}`;

// Events are built as plain DOM, not as Lit templates: Lit would keep a template instance, parts
// and comment markers for every binding of every event, several times the data's own size at
// 10,000 events. Strings only ever become text nodes or attribute values, never markup.

/** An element with attributes, in order, and children; a string child becomes a text node. */
function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  // Own entries only: a page that polluted Object.prototype must not add attributes (onerror=…).
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The start's `<time>` holds the whole date, an interval's end nested in its own `<time>`. */
function renderDate({date: {start, end}, displayDate}: TimelineEvent, language: string) {
  const time = element('time', {part: 'date', class: 'date', datetime: start.iso}, displayDate ?? formatDate(start, language));
  if (end && displayDate == null) time.append(' – ', element('time', {datetime: end.iso}, formatDate(end, language)));
  return time;
}

const renderLink = ({href, label}: TimelineLink) =>
  element('li', {}, href ? element('a', {part: 'link', href, rel: 'noopener noreferrer'}, label) : label);

// Caption and credit share a line: <bdi> keeps a stray direction mark in one from turning the other.
// The image's loading and referrer policy come before its src, which may start the request.
function renderMedia({src, alt, caption, credit}: TimelineMedia) {
  const figure = element('figure', {part: 'media'}, element('img', {loading: 'lazy', referrerpolicy: 'no-referrer', alt, src}));
  if (caption || credit) figure.append(element('figcaption', {}, element('bdi', {}, caption ?? ''), ' ', element('bdi', {}, credit ?? '')));
  return figure;
}

function renderEvent(event: TimelineEvent, language: string, heading: string) {
  const {date, media, links} = event;
  const item = element('li', {part: 'item', class: `event ${date.start.precision}${date.end ? ' interval' : ''}`},
    element('span', {part: 'marker', class: 'marker'}),
    renderDate(event, language),
    element(heading, {part: 'title'}, event.title),
    ...event.paragraphs.map((paragraph) => element('p', {part: 'text'}, paragraph)));
  if (media) item.append(renderMedia(media));
  if (links.length) item.append(element('ul', {class: 'links'}, ...links.map(renderLink)));
  return item;
}

/** The events' `<li>`s in one fragment: for Lit, one node to insert, with no parts inside. */
export function renderEvents(events: readonly TimelineEvent[], language: string, heading: string) {
  const fragment = document.createDocumentFragment();
  for (const event of events) fragment.append(renderEvent(event, language, heading));
  return fragment;
}
