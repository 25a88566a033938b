import {formatDate} from '../data/dates.js';
import type {TimelineEvent, TimelineLink, TimelineMedia} from '../data/parse-timeline.js';
import type {Messages} from '../i18n/messages.js';

export interface ListOptions {
  language: string;
  messages: Messages;
  /** `heading-level`: of the section headings when there are sections, else of the events'. */
  headingLevel: number;
  /** Starts each event's fragment: `<anchor>-<event id>`, unique among the page's timelines. */
  anchor: string;
  /** The page's address without its fragment: permalinks point at the page, not at its base URL. */
  page: string;
}

// Events are built as plain DOM, not as Lit templates: Lit would keep a template instance, parts
// and comment markers for every binding of every event, several times the data's own size at
// 10,000 events. Strings only ever become text nodes or attribute values, never markup.

/** An element with attributes, in order, and children; a string child becomes a text node. */
export function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  // Own entries only: a page that polluted Object.prototype must not add attributes (onerror=…).
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** `h2`–`h6`; anything else `heading-level` may say (9, NaN) means 3. */
const headingTag = (level: number) => `h${level >= 2 && level <= 6 ? Math.trunc(level) : 3}`;

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

// In reading order as drawn: label, date, heading, then the permalink (drawn at the top, so Tab
// meets it before the event's links). An event without a title has its date as its heading, not
// the date twice. (The heading before the date, drawn below it by a flex column, would let heading
// navigation read the date after the headline, but made 1,000 events lay out a fifth slower.)
function renderEvent(event: TimelineEvent, {language, messages, anchor, page}: ListOptions, heading: string) {
  const {date, media, links} = event;
  const id = `${anchor}-${event.id}`;
  const time = renderDate(event, language);
  const item = element('li', {part: 'item', class: `event ${date.start.precision}${date.end ? ' interval' : ''}`, id},
    element('span', {part: 'marker', class: 'marker'}));
  // For the filters, which load on demand and find events by their tags.
  if (event.tags.length) item.setAttribute('data-tags', JSON.stringify(event.tags));
  if (event.label) item.append(element('span', {part: 'label', class: 'label'}, event.label));
  if (event.title) item.append(time);
  item.append(
    element(heading, {part: 'title'}, event.title ?? time),
    element('a', {part: 'permalink', class: 'permalink', href: `${page}#${id}`, 'aria-label': messages.permalink(event.title ?? time.textContent!)}, '#'));
  // Lists are appended one by one, never spread into a call: a spread's items go on the stack.
  for (const paragraph of event.paragraphs) item.appendChild(element('p', {part: 'text'}, paragraph));
  if (media) item.append(renderMedia(media));
  if (links.length) {
    const list = item.appendChild(element('ul', {class: 'links'}));
    for (const link of links) list.appendChild(renderLink(link));
  }
  return item;
}

/**
 * The list's `<li>`s in one fragment: for Lit, one node to insert, with no parts inside.
 * Consecutive events of one section share an `<li>` with the section's heading and an `<ol>`;
 * the events' headings are then a level below the sections'.
 */
export function renderEvents(events: readonly TimelineEvent[], options: ListOptions) {
  const fragment = document.createDocumentFragment();
  const heading = headingTag(options.headingLevel);
  const eventHeading = events.some((event) => event.section) ? `h${Math.min(Number(heading[1]) + 1, 6)}` : heading;
  let list: Node = fragment;
  let section: string | undefined;
  for (const event of events) {
    if (event.section !== section) {
      section = event.section;
      list = section ? element('ol', {class: 'section-events'}) : fragment;
      if (section) fragment.append(element('li', {part: 'section', class: 'section'}, element(heading, {part: 'section-title'}, section), list));
    }
    // An event outside any section is a section's peer: its heading is at the sections' level.
    list.appendChild(renderEvent(event, options, section ? eventHeading : heading));
  }
  return fragment;
}
