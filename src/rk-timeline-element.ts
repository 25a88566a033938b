import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {parseTimeline, type ParseResult, type Timeline, type TimelineEvent} from './data/parse-timeline.js';
import {isTimelineJs} from './formats/detect-format.js';
import {safeUrl} from './data/safe-url.js';
import {TimelineErrorEvent, TimelineLoadEvent} from './events.js';
import {directionOf, resolveLanguage} from './i18n/language.js';
import {messagesFor} from './i18n/messages.js';
import {DEFAULT_TIMEOUT_MS, decodeJson, type FetchOptions, type Validators} from './load/fetch-timeline.js';
import {fetchTimelineShared} from './load/share-request.js';
import {renderEvents} from './render/render-events.js';
import {renderFilters} from './render/render-filters.js';
import {renderError} from './render/render-states.js';
import {DEFAULT_LIMITS} from './limits.js';
import type {FilterBar} from './features/filter-bar.js';
import {timelineStyles} from './rk-timeline.styles.js';
import {TimelineError} from './timeline-error.js';
import {formatWarning, logWarnings} from './data/timeline-warning.js';

type LoadState = 'idle' | 'loading' | 'loaded' | 'error';

/** The reader of TimelineJS JSON and CSV, a module beside the bundle. */
const readerOfOtherFormats = () =>
  import('./formats/read-timeline.js').catch((error) => {
    throw new TimelineError('format', `Could not load rk-timeline-read-timeline.js (it reads TimelineJS and CSV data): ${error.message}`);
  });

/**
 * A vertical timeline of dated events for news articles: accessible, localized, themeable.
 * Data comes from the `data` property, a child `<script type="application/json">`, or `src`,
 * the first present, in the element's format, TimelineJS 3 JSON, or CSV of the TimelineJS sheet. Each event can be linked to: `#<id of the element>-<id of the event>`.
 *
 * @summary An accessible, localized vertical timeline from a JSON file.
 *
 * @slot - Fallback content, shown while the data loads and when it fails.
 *
 * @event rk-timeline-load - The events are in the DOM. Detail: `{count, warnings, url}`.
 * @event rk-timeline-error - The data cannot be shown. Detail: `{message, kind, url, status}`.
 * @event rk-timeline-update - A newer version of the data is shown. Detail: `{added, changed, removed}` (event ids).
 *
 * @csspart list - The `<ol>` of events.
 * @csspart item - Each event's `<li>`.
 * @csspart marker - The dot on the rail: filled for a day, hollow for a month or year.
 * @csspart date - The `<time>` with the formatted date.
 * @csspart title - The event's heading.
 * @csspart text - Each paragraph of an event's text.
 * @csspart media - An event's `<figure>`.
 * @csspart link - Each of an event's links.
 * @csspart label - An event's short label above its date ("Day 1").
 * @csspart permalink - The link to the event itself.
 * @csspart section - A section's `<li>`: its heading and its events.
 * @csspart section-title - A section's heading.
 * @csspart filters - The `<fieldset>` of tag filters, shown when events have tags.
 * @csspart filter - Each filter's toggle button.
 * @csspart new - The "New" badge on an event that arrived with a live update, until it has been seen.
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
    credentials: {},
    filters: {},
    refresh: {type: Number},
    data: {attribute: false},
    _state: {state: true},
    _timeline: {state: true},
    _error: {state: true},
    _hasFallback: {state: true},
  };

  // Options without a prototype: a page that polluted Object.prototype (`hasChanged`) must not stop updates.
  static {
    for (const options of Object.values(this.properties)) Object.setPrototypeOf(options, null);
  }

  /** URL of the timeline JSON, resolved against the document. */
  src = '';

  /** The timeline's accessible name; defaults to the data's title. */
  label = '';

  /** Heading level (2–6) of each event's title, or of the section headings when there are sections. */
  headingLevel = 3;

  /** `oldest-first` or `newest-first`. */
  order: 'oldest-first' | 'newest-first' = 'oldest-first';

  /** `auto` follows the page's colours and color-scheme; `light` and `dark` bring their own background. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Milliseconds one request may take before it fails as a timeout. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** `omit` (no cookies or HTTP auth, the default), `same-origin` or `include`. */
  credentials: RequestCredentials = 'omit';

  /**
   * Page-wide caps: a larger data file ends the load; events past the cap (in reading order) are
   * not shown, with a warning; no timeline checks `src` more often than every `refresh` seconds.
   * Change the fields before timelines load: `RkTimeline.limits.events = 2000`.
   */
  static limits = {...DEFAULT_LIMITS};

  /** Seconds between checks of `src` for a newer version (5 at least); 0, the default, never checks. */
  refresh = 0;

  /** `auto` shows tag filters when events have tags; `off` never does. */
  filters: 'auto' | 'off' = 'auto';

  /** An already-parsed timeline (an object with `events`, or an array of events); wins over `src`. */
  data?: unknown;

  private _state: LoadState = 'idle';
  private _timeline?: Timeline;
  private _error?: TimelineError;
  /** Whether the page gave content to show until the timeline is ready (inline data aside). */
  private _hasFallback = false;

  #loading?: AbortController;
  /** Set by the retry button, so focus lands on what replaces it. */
  #refocus = false;
  /** The list's `<li>`s, in the fragment Lit was given, and the inputs they were built from. */
  #list?: DocumentFragment;
  #listInputs: unknown[] = [];
  /** The data's `ETag` and `Last-Modified`, for checking `src` again. */
  #validators?: Validators;
  /** The address followed for newer data, and the following of it. */
  #followUrl?: string;
  #following?: AbortController;
  /** Whether the page's address has had its chance to name an event. */
  #linkFollowed = false;
  /** What the status region says after an update, in place of "loaded". */
  #announcement?: string;
  /** The filter buttons built with the list, if its events have tags; what they do, once loaded. */
  #filters?: HTMLElement;
  #filterBar?: FilterBar;
  #attachedFilters?: HTMLElement;

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
    // A load cut short by disconnection starts again when the element comes back; so does
    // following src, for an element a page moved.
    if (this.hasUpdated && this._state === 'loading') this.#load();
    else this.#follow();
    // Back and forward between fragments of one page fire hashchange too.
    addEventListener('hashchange', this.#revealLinkedEvent);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#loading?.abort();
    this.#following?.abort();
    removeEventListener('hashchange', this.#revealLinkedEvent);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || changed.has('data') || (changed.has('src') && this.data == null)) this.#load();
    else if (changed.has('refresh')) this.#follow();
  }

  override updated() {
    this.#showFilters();
    if (!this.#refocus || this._state === 'loading') return;
    this.#refocus = false;
    this.renderRoot.querySelector<HTMLElement>('[part~=retry], [part~=list]')?.focus();
  }

  /** Loads from the first source present; a newer load aborts this one and drops its result. */
  async #load() {
    this.#loading?.abort();
    this.#following?.abort();
    const {signal} = (this.#loading = new AbortController());
    const {data, src} = this;
    // Inline data comes before src: a pre-rendered snippet carries the data it shows.
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    this._timeline = this.#announcement = undefined;
    this._state = data == null && !src && !script ? 'idle' : 'loading';
    // Even inline data arrives after a first render, so the status region exists before it speaks.
    await 0;
    if (this._state === 'idle' || signal.aborted) return;
    const srcUrl = src ? safeUrl(src, document.baseURI, true) : undefined;
    let url: string | undefined;
    let event: TimelineLoadEvent | TimelineErrorEvent;
    try {
      let read: ParseResult;
      if (data != null) read = await this.#read({json: data}, document.baseURI);
      else if (script) {
        read = await this.#read({text: script.text, where: 'The inline JSON'}, document.baseURI);
        // The validators a pre-rendered snippet was made with, for its one check of src.
        this.#validators = {etag: script.dataset.etag, lastModified: script.dataset.lastModified};
      } else {
        if (!(url = srcUrl)) throw new TimelineError('address', `src ${JSON.stringify(src)} is not an http(s) address; nothing was requested`);
        const fetched = (await fetchTimelineShared(url, this.#fetchOptions(signal)))!;
        this.#validators = fetched.validators;
        read = await this.#read({text: fetched.text, where: url}, url);
      }
      if (signal.aborted) return;
      const {timeline} = read;
      const warnings = read.warnings.map(formatWarning);
      const {length} = timeline.events;
      const cap = RkTimeline.limits.events;
      if (length > cap) warnings.push(`events: ${length}, over the cap; the first ${cap} in reading order are shown`);
      this._timeline = timeline;
      this._state = 'loaded';
      logWarnings(warnings);
      event = new TimelineLoadEvent({count: Math.min(length, cap), warnings, url});
    } catch (caught) {
      if (signal.aborted) return;
      const error = (this._error = caught instanceof TimelineError ? caught : new TimelineError('format', String(caught)));
      this._state = 'error';
      console.error(`<rk-timeline>: ${error.message}`);
      const {message, kind, status} = error;
      event = new TimelineErrorEvent({message, kind, url: error.url ?? url, status});
    }
    // Listeners find the DOM the event describes.
    await this.updateComplete;
    if (signal.aborted) return;
    // The page's address names an event for the first timeline shown, not for every reload.
    if (this._state === 'loaded' && !this.#linkFollowed) {
      this.#linkFollowed = true;
      this.#revealLinkedEvent();
    }
    this.dispatchEvent(event);
    // Then keep it current, when the data came from src or a snippet of it (`data` wins): a
    // pre-rendered snippet checks src once, and `refresh` keeps checking.
    this.#followUrl = this._state === 'loaded' && data == null ? srcUrl : undefined;
    this.#follow(!!script);
  }

  #fetchOptions = (signal: AbortSignal): FetchOptions => ({
    signal,
    // setTimeout fires at once past 2^31 ms: anything but a sane positive number means the default.
    timeout: this.timeout > 0 && this.timeout < 2 ** 31 ? this.timeout : DEFAULT_TIMEOUT_MS,
    maxBytes: RkTimeline.limits.bytes,
    credentials: this.credentials === 'include' || this.credentials === 'same-origin' ? this.credentials : 'omit',
  });

  /** Reads our format at once; TimelineJS JSON and CSV load their reader on demand. */
  async #read(input: {json: unknown} | {text: string; where: string}, baseUrl: string): Promise<ParseResult> {
    let json;
    if ('json' in input) json = input.json;
    else {
      try {
        json = decodeJson(input.text, input.where, baseUrl);
      } catch (error) {
        if ((error as TimelineError).kind !== 'json') throw error;
        return (await readerOfOtherFormats()).readTimeline({text: input.text}, baseUrl);
      }
    }
    if (isTimelineJs(json)) return (await readerOfOtherFormats()).readTimeline({json}, baseUrl);
    return parseTimeline(json, baseUrl);
  }

  /**
   * Follows `src` for newer data, every `refresh` seconds (and at once, when `checkNow`), from
   * the start or again: after a load, a move in the page, or a new `refresh`.
   */
  #follow(checkNow = false) {
    this.#following?.abort();
    const url = this.#followUrl;
    const seconds = this.refresh > 0 ? Math.min(Math.max(this.refresh, RkTimeline.limits.refresh), 86_400) : 0;
    if (!url || !this.isConnected || !(seconds || checkNow)) return;
    const {signal} = (this.#following = new AbortController());
    const root = this.renderRoot as ShadowRoot;
    import('./features/live-updates.js').catch((error) => console.warn(`<rk-timeline>: Could not load rk-timeline-live-updates.js: ${error.message}`)).then((module) => signal.aborted || module?.followUpdates({
      root,
      current: () => this._timeline!,
      fetchChanged: async (checkSignal) => {
        const fetched = await fetchTimelineShared(url, {...this.#fetchOptions(checkSignal), validators: this.#validators ?? {}});
        if (!fetched) return undefined;
        const {timeline} = await this.#read({text: fetched.text, where: url}, url);
        this.#validators = fetched.validators;
        return timeline;
      },
      show: async (timeline) => {
        this._timeline = timeline;
        this.#announcement = '';
        await this.updateComplete;
      },
      announce: (sentence) => {
        this.#announcement = sentence;
        this.requestUpdate();
      },
      item: (id) => root.getElementById(`${this.#anchor()}-${id}`),
    }, {interval: seconds * 1000, checkNow, signal}));
  }

  /** The fragment that starts this timeline's event links: its id, else its place among those without. */
  #anchor() {
    if (this.id) return this.id;
    const root = this.getRootNode() as ParentNode;
    const place = [...root.querySelectorAll('rk-timeline:not([id])')].indexOf(this) + 1;
    return place > 1 ? `timeline-${place}` : 'timeline';
  }

  /** When the page's address names one of the events, scrolls to it and focuses it. */
  #revealLinkedEvent = () => {
    let fragment;
    try {
      fragment = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed fragment names nothing
    }
    const item = fragment && (this.renderRoot as ShadowRoot).getElementById(fragment);
    if (!item) return;
    // A link to an event the filters hide shows every event again.
    if (item.hidden) this.#filterBar?.showAll();
    // The item, not its heading, takes focus: reading goes on from its date. Focusable only now,
    // so screen readers do not meet every event as a focusable group.
    item.tabIndex = -1;
    item.scrollIntoView({block: 'start'});
    item.focus({preventScroll: true});
  };

  /** Loads what the filters do the first time a list has them, and attaches it to each new list. */
  async #showFilters() {
    const filters = this.#filters;
    if (!filters?.isConnected || filters === this.#attachedFilters) return;
    this.#attachedFilters = filters;
    try {
      const {FilterBar} = await import('./features/filter-bar.js');
      this.#filterBar ??= new FilterBar(this.renderRoot as ShadowRoot);
      this.#filterBar.attach(filters, this.renderRoot.querySelector('[part~=list]')!);
    } catch (error) {
      // Buttons that can do nothing are not shown.
      filters.hidden = true;
      console.warn(`<rk-timeline>: Could not load rk-timeline-filter-bar.js: ${(error as Error).message}`);
    }
  }

  #retry() {
    this.#refocus = true;
    this.#load();
  }

  /** Notes whether the page gave fallback content, and loads inline data that arrives late. */
  #slotChanged(slot: HTMLSlotElement) {
    this._hasFallback = slot
      .assignedNodes()
      .some((node) => (node instanceof Element ? node.localName !== 'script' : node.textContent!.trim()));
    if (this._state === 'idle') this.#load();
  }

  /**
   * The `<li>`s of the events shown, built once per timeline, language, heading level, order and
   * cap. Lit is handed the same fragment on every render, so it keeps no parts per event and
   * never rebuilds the list for a change elsewhere (theme, label, state). The fragment empties
   * when Lit inserts it; Lit inserts it once, as a new timeline always brings new inputs.
   */
  #renderList(events: readonly TimelineEvent[], language: string) {
    const {headingLevel} = this;
    const newestFirst = this.order === 'newest-first';
    const cap = RkTimeline.limits.events;
    const anchor = this.#anchor();
    const page = location.href.split('#')[0];
    const filtered = this.filters !== 'off';
    const inputs = [events, language, headingLevel, newestFirst, cap, anchor, page, filtered];
    if (inputs.some((input, index) => input !== this.#listInputs[index])) {
      this.#listInputs = inputs;
      const shown = (newestFirst ? [...events].reverse() : events).slice(0, cap);
      const messages = messagesFor(language);
      this.#list = renderEvents(shown, {language, messages, headingLevel, anchor, page});
      this.#filters = filtered && shown.some((event) => event.tags.length) ? renderFilters(shown, messages) : undefined;
    }
    return this.#list;
  }

  override render() {
    const language = resolveLanguage(this, this._timeline?.lang);
    const direction = this.dir === 'ltr' || this.dir === 'rtl' ? this.dir : directionOf(language);
    const messages = messagesFor(language);
    const timeline = this._timeline;
    const events = timeline?.events ?? [];
    const shown = Math.min(events.length, RkTimeline.limits.events);
    const loading = this._state === 'loading';
    // Built before the template: the filter buttons, which come before the list, are built with it.
    const list = timeline && this.#renderList(events, language);
    const status = loading
      ? messages.loading
      : this._state === 'loaded'
        ? shown ? this.#announcement ?? messages.loaded(shown.toLocaleString(language)) : messages.empty
        : '';
    return html`<div class="timeline theme-${this.theme}" lang=${language} dir=${direction}>
      <p part="status" class=${this._state === 'loaded' && !events.length ? '' : 'visually-hidden'} role="status">${status}</p>
      ${list ? this.#filters : nothing}
      ${timeline || loading
        ? html`<ol part="list" tabindex="-1" class=${this._hasFallback ? '' : 'skeleton'} aria-label=${this.label || timeline?.title || nothing} aria-busy=${loading ? 'true' : 'false'}>${
            list ?? nothing
          }</ol>`
        : nothing}
      ${timeline ? nothing : html`<slot @slotchange=${(event: Event) => this.#slotChanged(event.target as HTMLSlotElement)}></slot>`}
      ${this._state === 'error' ? renderError(this._error!, messages, () => this.#retry()) : nothing}
    </div>`;
  }
}
