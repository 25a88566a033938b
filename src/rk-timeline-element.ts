import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {parseTimeline, type Timeline} from './data/parse-timeline.js';
import {safeUrl} from './data/safe-url.js';
import {TimelineErrorEvent, TimelineLoadEvent} from './events.js';
import {directionOf, resolveLanguage} from './i18n/language.js';
import {messagesFor} from './i18n/messages.js';
import {DEFAULT_TIMEOUT_MS, decodeJson, fetchTimelineJson} from './load/fetch-timeline.js';
import {renderEvents, type RenderContext} from './render/render-events.js';
import {renderError, skeleton} from './render/render-states.js';
import {timelineStyles} from './rk-timeline.styles.js';
import {TimelineError} from './timeline-error.js';

type LoadState = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * A vertical timeline of dated events for news articles: accessible, localized, themeable.
 * Data comes from `src`, the `data` property, or a child `<script type="application/json">`.
 *
 * @summary An accessible, localized vertical timeline from a JSON file.
 *
 * @slot - Fallback content, shown while the data loads and when it fails.
 *
 * @event rk-timeline-load - The events are in the DOM. Detail: `{count, warnings, url}`.
 * @event rk-timeline-error - The data cannot be shown. Detail: `{message, kind, url, status}`.
 *
 * @csspart list - The `<ol>` of events.
 * @csspart item - Each event's `<li>`.
 * @csspart marker - The dot on the rail: filled for a day, hollow for a month or year.
 * @csspart date - The `<time>` with the formatted date.
 * @csspart title - The event's heading.
 * @csspart text - Each paragraph of an event's text.
 * @csspart media - An event's `<figure>`.
 * @csspart link - Each of an event's links.
 * @csspart status - The live region announcing loading, loaded and empty (visible when empty).
 * @csspart error - The box shown when the data cannot be shown.
 * @csspart retry - The error box's retry button.
 *
 * @cssprop [--rk-timeline-accent=#0b57d0 (dark #8ab4f8)] - Markers, links and the focus ring.
 * @cssprop [--rk-timeline-line-color=#80868b (dark #80868b)] - The rail.
 * @cssprop [--rk-timeline-text-color=inherit (themes: #1f1f1f, dark #e8eaed)] - Body text.
 * @cssprop [--rk-timeline-muted-color=#5f6368 (dark #bdc1c6)] - Dates and captions.
 * @cssprop [--rk-timeline-background=transparent (themes: #ffffff, dark #202124)] - Background.
 * @cssprop [--rk-timeline-font-family=inherit] - The font; the article's by default.
 * @cssprop [--rk-timeline-marker-size=0.875em] - The marker's diameter.
 * @cssprop [--rk-timeline-gap=1.5em] - Space between events.
 */
export class RkTimeline extends LitElement {
  static override styles = timelineStyles;

  static override properties = {
    src: {},
    label: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    order: {},
    theme: {},
    timeout: {type: Number},
    data: {attribute: false},
    _state: {state: true},
    _timeline: {state: true},
    _error: {state: true},
  };

  /** URL of the timeline JSON, resolved against the document. */
  src = '';

  /** The timeline's accessible name; defaults to the data's title. */
  label = '';

  /** Heading level (2–6) of each event's title. */
  headingLevel = 3;

  /** `oldest-first` or `newest-first`. */
  order: 'oldest-first' | 'newest-first' = 'oldest-first';

  /** `auto` follows the page's colours and color-scheme; `light` and `dark` bring their own background. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Milliseconds one request may take before it fails as a timeout. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** An already-parsed timeline (an object with `events`, or an array of events); wins over `src`. */
  data?: unknown;

  private _state: LoadState = 'idle';
  private _timeline?: Timeline;
  private _error?: TimelineError;

  #loading?: AbortController;

  // `lang` and `dir` are global attributes with native accessors: observe them without owning them.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    // A load cut short by disconnection starts again when the element comes back.
    if (this.hasUpdated && this._state === 'loading') this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) this.#load();
  }

  /** Loads from the first source present; a newer load aborts this one and drops its result. */
  async #load() {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    const {signal} = loading;
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    if (this.data === undefined && !this.src && !script) {
      this._state = 'idle';
      // Children may not be parsed yet when the element upgrades early in the page.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => !signal.aborted && this.#load(), {once: true, signal});
      }
      return;
    }
    this._state = 'loading';
    let url: string | undefined;
    try {
      let json: unknown;
      if (this.data !== undefined) json = this.data;
      else if (this.src) {
        url = safeUrl(this.src, document.baseURI);
        if (!url) throw new TimelineError('address', `src ${JSON.stringify(this.src)} is not an http(s) address; nothing was requested`);
        json = await fetchTimelineJson(url, {signal, timeout: this.timeout});
      } else json = decodeJson(script!.text, 'application/json', 'The inline <script type="application/json">');
      const {timeline, warnings} = parseTimeline(json, url ?? document.baseURI);
      if (signal.aborted) return;
      this._timeline = timeline;
      this._error = undefined;
      this._state = 'loaded';
      await this.updateComplete;
      if (signal.aborted) return;
      for (const warning of warnings) console.warn(`<rk-timeline>: ${warning}`);
      this.dispatchEvent(new TimelineLoadEvent({count: timeline.events.length, warnings, url}));
    } catch (caught) {
      if (signal.aborted) return;
      const error = caught instanceof TimelineError ? caught : new TimelineError('format', String(caught));
      this._error = error;
      this._state = 'error';
      await this.updateComplete;
      if (signal.aborted) return;
      console.error(`<rk-timeline>: ${error.message}`);
      const {message, kind, status} = error;
      this.dispatchEvent(new TimelineErrorEvent({message, kind, url: error.url ?? url, status}));
    }
  }

  #retry = () => this.#load();

  /** Whether the page gave content to show until the timeline is ready (inline data does not count). */
  #hasFallback() {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? node.localName !== 'script' : node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
  }

  override render() {
    const language = resolveLanguage(this, this._timeline?.lang);
    const direction = this.dir === 'ltr' || this.dir === 'rtl' ? this.dir : directionOf(language);
    const messages = messagesFor(language);
    const headingLevel = this.headingLevel >= 2 && this.headingLevel <= 6 ? Math.floor(this.headingLevel) : 3;
    const context: RenderContext = {language, headingLevel, messages};
    const timeline = this._timeline;
    const events = timeline?.events ?? [];
    const shown = this.order === 'newest-first' ? [...events].reverse() : events;
    const loading = this._state === 'loading';
    const status = loading
      ? messages.loading
      : this._state === 'loaded'
        ? events.length ? messages.loaded(events.length.toLocaleString(language)) : messages.empty
        : '';
    return html`<div class="timeline theme-${this.theme}" lang=${language} dir=${direction}>
      <p part="status" class=${this._state === 'loaded' && !events.length ? 'empty' : 'visually-hidden'} role="status">${status}</p>
      ${timeline || loading
        ? html`<ol part="list" aria-label=${this.label || timeline?.title || nothing} aria-busy=${loading ? 'true' : 'false'}>
            ${renderEvents(shown, context)}
          </ol>`
        : nothing}
      ${(loading && !timeline) || this._state === 'error' || this._state === 'idle'
        ? this.#hasFallback() ? html`<slot></slot>` : loading ? skeleton : nothing
        : nothing}
      ${this._state === 'error' ? renderError(this._error!, messages, this.#retry) : nothing}
    </div>`;
  }
}
