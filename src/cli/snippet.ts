import {createHash} from 'node:crypto';
import type {Timeline} from '../data/parse-timeline.js';
import {directionOf} from '../i18n/language.js';
import {DEFAULT_LIMITS} from '../limits.js';
import {messagesFor} from '../i18n/messages.js';
import {renderEvents} from '../render/render-events.js';
import {renderFilters} from '../render/render-filters.js';
import {shownEvents} from '../render/shown-events.js';
import {timelineCss} from '../rk-timeline.css.js';
import {type HtmlElement, type HtmlFragment, escapeAttribute, escapeText, htmlDocument} from './html-document.js';
import {timelineJsonLd} from './json-ld.js';
import type {Validators} from '../load/fetch-timeline.js';
import {scopeCss} from './scope-css.js';
import {scriptJson, timelineJson} from './timeline-json.js';


/**
 * The text of the snippet's `<style>`, the element's stylesheet scoped for its light DOM: the
 * same in every snippet of one version of the package, so is its CSP hash.
 */
export const snippetCss = `\n${scopeCss(timelineCss)}
/* Without scripting the tag filters cannot work: not shown. */
@media (scripting: none) {
  rk-timeline .filters {display: none !important}
}
`;

/** The CSP source that allows a `<style>` holding `css`: `'sha256-…'`. */
export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

export interface SnippetOptions {
  /** Attributes of the element, as the embedder writes them. */
  attributes: {
    id?: string;
    lang: string;
    dir?: 'ltr' | 'rtl';
    src?: string;
    label?: string;
    'heading-level'?: number;
    order?: 'oldest-first' | 'newest-first';
    theme?: 'auto' | 'light' | 'dark';
    timeout?: number;
    credentials?: string;
    filters?: 'auto' | 'off';
  };
  /** Other attributes the element keeps as they are (`class`, `refresh`, `data-*`…). */
  otherAttributes?: Record<string, string>;
  /** The data's validators, for the element's re-check of `src`. */
  validators?: Validators;
  /** The article's address, without its fragment; '' leaves permalinks relative (`#timeline-…`). */
  page: string;
  /** `false` leaves the `<style>` out, for a host that serves the stylesheet itself. */
  style: boolean;
  nonce?: string;
  jsonLd: boolean;
}

const attributeList = (attributes: Record<string, string | number | undefined>) =>
  Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');

/**
 * The `<rk-timeline>` with the whole timeline inside as plain HTML: the data in the element's own
 * format for the element to take over from, the scoped stylesheet, and the list exactly as the
 * element builds it in its shadow root (the same builder), so nothing moves when it does.
 */
export function renderSnippet(timeline: Timeline, {attributes, otherAttributes, validators, page, style, nonce, jsonLd}: SnippetOptions) {
  const language = attributes.lang;
  const direction = attributes.dir ?? directionOf(language);
  const newestFirst = attributes.order === 'newest-first';
  const anchor = attributes.id || 'timeline';
  const shown = shownEvents(timeline.events, newestFirst, DEFAULT_LIMITS.events);
  // The data it carries, in the file's order: no event the element would not show.
  const kept = newestFirst ? [...shown].reverse() : shown;
  const label = attributes.label || timeline.title;

  const messages = messagesFor(language);
  const fragment = renderEvents(shown, {document: htmlDocument, language, messages, headingLevel: attributes['heading-level'] ?? 3, anchor, page});
  const items = (fragment as unknown as HtmlFragment).childNodes.map((item) => `      ${(item as HtmlElement).outerHTML}\n`).join('');
  // Hidden for feed readers, which drop styles; the stylesheet shows it where scripts run.
  const filters = attributes.filters !== 'off' && shown.some((event) => event.tags.length)
    ? (renderFilters(shown, messages, htmlDocument) as unknown as HtmlElement)
    : undefined;
  filters?.setAttribute('hidden', '');

  const dataAttributes = attributeList({'data-etag': validators?.etag, 'data-last-modified': validators?.lastModified});
  const lines = [
    `<rk-timeline${attributeList(attributes)}${attributeList(otherAttributes ?? {})}>`,
    `  <script type="application/json"${dataAttributes}>${scriptJson(timelineJson({...timeline, events: kept}))}</script>`,
    style ? `  <style${attributeList({nonce})}>${snippetCss}</style>` : undefined,
    `  <div class="timeline theme-${attributes.theme ?? 'auto'}"${attributeList({lang: language, dir: direction})}>`,
    // What the element puts before its list, so that the list is where the element will put it.
    timeline.events.length ? undefined : `    <p part="status">${escapeText(messages.empty)}</p>`,
    filters && `    ${filters.outerHTML}`,
    `    <ol part="list"${attributeList({'aria-label': label})}>`,
    `${items}    </ol>`,
    '  </div>',
    '</rk-timeline>',
    jsonLd
      ? `<script type="application/ld+json">${scriptJson(timelineJsonLd(shown, {name: label, language, newestFirst, page: page || undefined, anchor}))}</script>`
      : undefined,
  ];
  return lines.filter((line) => line !== undefined).join('\n') + '\n';
}
