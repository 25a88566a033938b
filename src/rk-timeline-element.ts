import {LitElement, html, nothing} from 'lit';
import type {Timeline, TimelineEvent} from './data/parse-timeline.js';
import {DeepLinks} from './controllers/deep-links.js';
import {FilterControls} from './controllers/filter-controls.js';
import {SourceFollower} from './controllers/source-follower.js';
import {TimelineLoader} from './controllers/timeline-loader.js';
import {directionOf, resolveLanguage} from './i18n/language.js';
import {messagesFor} from './i18n/messages.js';
import {DEFAULT_TIMEOUT_MS, type FetchOptions} from './load/fetch-timeline.js';
import {renderEvents} from './render/render-events.js';
import {renderFilters} from './render/render-filters.js';
import {shownEvents} from './render/shown-events.js';
import {renderError} from './render/render-states.js';
import {DEFAULT_LIMITS} from './limits.js';
import {timelineStyles} from './rk-timeline.styles.js';

/** The list's `<li>`s, in the fragment Lit is given, and its filter buttons. */
interface EventList {
  items: DocumentFragment;
  filters?: HTMLElement;
}

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
 * @event rk-timeline-error - The data cannot be shown. Detail: `{message, kind, url, status}`; kind `internal` is a bug in rk-timeline, not in the data (its stack is in the console).
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
    __hasFallback: {state: true},
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

  /** Whether the page gave content to show until the timeline is ready (inline data aside). */
  private __hasFallback = false;

  #fetchOptions = (signal: AbortSignal): FetchOptions => ({
    signal,
    // setTimeout fires at once past 2^31 ms: anything but a sane positive number means the default.
    timeout: this.timeout > 0 && this.timeout < 2 ** 31 ? this.timeout : DEFAULT_TIMEOUT_MS,
    maxBytes: RkTimeline.limits.bytes,
    credentials: this.credentials === 'include' || this.credentials === 'same-origin' ? this.credentials : 'omit',
  });

  readonly #filterControls = new FilterControls(this, () => this.#list?.filters);
  readonly #deepLinks = new DeepLinks(this, this.#filterControls);
  readonly #follower: SourceFollower = new SourceFollower(this, {
    fetchOptions: this.#fetchOptions,
    limits: () => RkTimeline.limits,
    show: (timeline) => this.#loader.show(timeline),
    item: (id) => (this.renderRoot as ShadowRoot).getElementById(`${this.#anchor()}-${id}`),
  });
  readonly #loader = new TimelineLoader(this, {
    fetchOptions: this.#fetchOptions,
    limits: () => RkTimeline.limits,
    started: () => this.#follower.stop(),
    shown: (timeline, source) => {
      this.#deepLinks.revealOnce();
      this.#follower.follow(timeline, source);
    },
  });
  /** Set by the retry button, so focus lands on what replaces it. */
  #refocus = false;
  /** The list of the timeline shown, built in `willUpdate`, and the inputs it was built from. */
  #list?: EventList;
  #listInputs: unknown[] = [];

  /** The timeline shown: the one loaded, or a newer version of it. */
  get #timeline(): Timeline | undefined {
    const {state} = this.#loader;
    return state.status === 'loaded' ? state.timeline : undefined;
  }

  // `lang` and `dir` are global attributes with native accessors: observe them without owning them.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  override willUpdate() {
    const timeline = this.#timeline;
    this.#list = timeline && this.#buildList(timeline.events, resolveLanguage(this, timeline.lang));
  }

  override updated() {
    if (!this.#refocus || this.#loader.state.status === 'loading') return;
    this.#refocus = false;
    this.renderRoot.querySelector<HTMLElement>('[part~=retry], [part~=list]')?.focus();
  }

  #retry() {
    this.#refocus = true;
    this.#loader.request();
  }

  /** Notes whether the page gave fallback content, and loads inline data that arrives late. */
  #slotChanged(slot: HTMLSlotElement) {
    this.__hasFallback = slot
      .assignedNodes()
      .some((node) => (node instanceof Element ? node.localName !== 'script' : node.textContent!.trim()));
    if (this.#loader.state.status === 'idle') this.#loader.request();
  }

  override render() {
    const {state} = this.#loader;
    const timeline = this.#timeline;
    const language = resolveLanguage(this, timeline?.lang);
    const direction = this.dir === 'ltr' || this.dir === 'rtl' ? this.dir : directionOf(language);
    const messages = messagesFor(language);
    const events = timeline?.events ?? [];
    const shown = Math.min(events.length, RkTimeline.limits.events);
    const loading = state.status === 'loading';
    const list = timeline && this.#list;
    const status = loading
      ? messages.loading
      : timeline
        ? shown ? this.#follower.announcement ?? messages.loaded(shown.toLocaleString(language)) : messages.empty
        : '';
    return html`<div class="timeline theme-${this.theme}" lang=${language} dir=${direction}>
      <p part="status" class=${timeline && !events.length ? '' : 'visually-hidden'} role="status">${status}</p>
      ${list?.filters ?? nothing}
      ${timeline || loading
        ? html`<ol part="list" tabindex="-1" class=${this.__hasFallback ? '' : 'skeleton'} aria-label=${this.label || timeline?.title || nothing} aria-busy=${loading ? 'true' : 'false'}>${
            list?.items ?? nothing
          }</ol>`
        : nothing}
      ${timeline ? nothing : html`<slot @slotchange=${(event: Event) => this.#slotChanged(event.target as HTMLSlotElement)}></slot>`}
      ${state.status === 'error' ? renderError(state.error, messages, () => this.#retry()) : nothing}
    </div>`;
  }

  /** The fragment that starts this timeline's event links: its id, else its place among those without. */
  #anchor() {
    if (this.id) return this.id;
    const root = this.getRootNode() as ParentNode;
    const place = [...root.querySelectorAll('rk-timeline:not([id])')].indexOf(this) + 1;
    return place > 1 ? `timeline-${place}` : 'timeline';
  }

  /**
   * The `<li>`s of the events shown and their filter buttons, built once per timeline, language,
   * heading level, order and cap. Lit is handed the same fragment on every render, so it keeps no
   * parts per event and never rebuilds the list for a change elsewhere (theme, label, state). The
   * fragment empties when Lit inserts it; Lit inserts it once, as a new timeline always brings
   * new inputs.
   */
  #buildList(events: readonly TimelineEvent[], language: string): EventList {
    const {headingLevel} = this;
    const newestFirst = this.order === 'newest-first';
    const cap = RkTimeline.limits.events;
    const anchor = this.#anchor();
    const page = location.href.split('#')[0];
    const filtered = this.filters !== 'off';
    const inputs = [events, language, headingLevel, newestFirst, cap, anchor, page, filtered];
    if (this.#list && inputs.every((input, index) => input === this.#listInputs[index])) return this.#list;
    this.#listInputs = inputs;
    const shown = shownEvents(events, newestFirst, cap);
    const messages = messagesFor(language);
    return {
      items: renderEvents(shown, {document, language, messages, headingLevel, anchor, page}),
      filters: filtered && shown.some((event) => event.tags.length) ? renderFilters(shown, messages, document) : undefined,
    };
  }
}
