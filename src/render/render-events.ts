import {formatDate, type CalendarDate} from '../data/dates.js';
import type {TimelineEvent, TimelineLink, TimelineMedia} from '../data/parse-timeline.js';
import type {Messages} from '../i18n/messages.js';

/**
 * What the builders call of a document: the page's, or the command-line tool's, which writes
 * HTML in Node (`cli/html-document.ts`). One code path builds the events in both.
 */
export type NodeMaker = Pick<Document, 'createElement' | 'createDocumentFragment'>;

export interface ListOptions {
  document: NodeMaker;
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
export function element(document: NodeMaker, tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  // Own entries only: a page that polluted Object.prototype must not add attributes (onerror=…).
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** `h2`–`h6`; anything else `heading-level` may say (9, NaN) means 3. */
const headingTag = (level: number) => `h${level >= 2 && level <= 6 ? Math.trunc(level) : 3}`;

/** A `<time>` where HTML has a valid date for it, from year 1 on; before, a `<span>`. */
const dateElement = (document: NodeMaker, date: CalendarDate, attributes: Record<string, string>, text: string) =>
  date.year > 0 ? element(document, 'time', {...attributes, datetime: date.iso}, text) : element(document, 'span', attributes, text);

/**
 * The start's element holds the whole date, an interval's end nested in its own. An interval
 * that starts before 1 CE names the era at both ends: "44 BC – AD 14".
 */
function renderDate({date: {start, end}, displayDate}: TimelineEvent, {document, language}: ListOptions) {
  const era = start.year < 1;
  const time = dateElement(document, start, {part: 'date', class: 'date'}, displayDate ?? formatDate(start, language, era));
  if (end && displayDate == null) time.append(' – ', dateElement(document, end, {}, formatDate(end, language, era)));
  return time;
}

const renderLink = ({href, label}: TimelineLink, document: NodeMaker) =>
  element(document, 'li', {}, href ? element(document, 'a', {part: 'link', href, rel: 'noopener noreferrer'}, label) : label);

// Caption and credit share a line: <bdi> keeps a stray direction mark in one from turning the other.
// The image's loading and referrer policy come before its src, which may start the request.
// A caption standing in for alt text is read once, as the image's name: hidden where it is shown
// (alt="" instead would leave screen reader users without an image to know of).
function renderMedia({src, alt, caption, credit}: TimelineMedia, document: NodeMaker) {
  const figure = element(document, 'figure', {part: 'media'}, element(document, 'img', {loading: 'lazy', referrerpolicy: 'no-referrer', alt, src}));
  if (caption || credit) {
    const shown = element(document, 'bdi', caption === alt ? {'aria-hidden': 'true'} : {}, caption ?? '');
    figure.append(element(document, 'figcaption', {}, shown, ' ', element(document, 'bdi', {}, credit ?? '')));
  }
  return figure;
}

// In reading order as drawn: label, date, heading, then the permalink (drawn at the top, so Tab
// meets it before the event's links). An event without a title has its date as its heading, not
// the date twice. (The heading before the date, drawn below it by a flex column, would let heading
// navigation read the date after the headline, but made 1,000 events lay out a fifth slower.)
function renderEvent(event: TimelineEvent, options: ListOptions, heading: string) {
  const {document, messages, anchor, page} = options;
  const {date, media, links} = event;
  const id = `${anchor}-${event.id}`;
  const time = renderDate(event, options);
  const item = element(document, 'li', {part: 'item', class: `event ${date.start.precision}${date.end ? ' interval' : ''}`, id},
    element(document, 'span', {part: 'marker', class: 'marker'}));
  // For the filters, which load on demand and find events by their tags.
  if (event.tags.length) item.setAttribute('data-tags', JSON.stringify(event.tags));
  if (event.label) item.append(element(document, 'span', {part: 'label', class: 'label'}, event.label));
  if (event.title) item.append(time);
  item.append(
    element(document, heading, {part: 'title'}, event.title ?? time),
    element(document, 'a', {part: 'permalink', class: 'permalink', href: `${page}#${id}`, 'aria-label': messages.permalink(event.title ?? time.textContent!)}, '#'));
  // Lists are appended one by one, never spread into a call: a spread's items go on the stack.
  for (const paragraph of event.paragraphs) item.appendChild(element(document, 'p', {part: 'text'}, paragraph));
  if (media) item.append(renderMedia(media, document));
  if (links.length) {
    const list = item.appendChild(element(document, 'ul', {class: 'links'}));
    for (const link of links) list.appendChild(renderLink(link, document));
  }
  return item;
}

/**
 * The list's `<li>`s in one fragment: for Lit, one node to insert, with no parts inside.
 * Consecutive events of one section share an `<li>` with the section's heading and an `<ol>`;
 * the events' headings are then a level below the sections'.
 */
export function renderEvents(events: readonly TimelineEvent[], options: ListOptions) {
  const {document} = options;
  const fragment = document.createDocumentFragment();
  const heading = headingTag(options.headingLevel);
  const eventHeading = events.some((event) => event.section) ? `h${Math.min(Number(heading[1]) + 1, 6)}` : heading;
  let list: Node = fragment;
  let section: string | undefined;
  for (const event of events) {
    if (event.section !== section) {
      section = event.section;
      list = section ? element(document, 'ol', {class: 'section-events'}) : fragment;
      if (section) fragment.append(element(document, 'li', {part: 'section', class: 'section'}, element(document, heading, {part: 'section-title'}, section), list));
    }
    // An event outside any section is a section's peer: its heading is at the sections' level.
    list.appendChild(renderEvent(event, options, section ? eventHeading : heading));
  }
  return fragment;
}
