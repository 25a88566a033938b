import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ParseResult, Timeline} from '../data/parse-timeline.js';
import {safeUrl} from '../data/safe-url.js';
import {formatWarning, logWarnings} from '../data/timeline-warning.js';
import {TimelineErrorEvent, TimelineLoadEvent} from '../events.js';
import {readAnyFormat} from '../formats/read-any-format.js';
import type {FetchOptions, Validators} from '../load/fetch-timeline.js';
import {checkTextBytes} from '../load/byte-cap.js';
import {fetchTimelineShared} from '../load/share-request.js';
import type {Limits} from '../limits.js';
import {warnOverCap} from '../render/shown-events.js';
import {TimelineError} from '../timeline-error.js';

/** Where the load stands: the timeline and the error exist only in the states that have them. */
export type LoadState =
  | {readonly status: 'idle' | 'loading'}
  | {readonly status: 'loaded'; readonly timeline: Timeline}
  | {readonly status: 'error'; readonly error: TimelineError};

/** The address a timeline came from, to check for newer data, with the validators it came with. */
export interface FollowedSource {
  url: string;
  validators: Validators;
  /** Check at once: a pre-rendered snippet may be older than its `src`. */
  checkNow: boolean;
}

export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src: string;
}

export interface LoaderOptions {
  /** The page-wide caps (`RkTimeline.limits`): how many events are shown. */
  limits(): Limits;
  fetchOptions(signal: AbortSignal): FetchOptions;
  /** A load starts: whatever kept the previous timeline current stops. */
  started(): void;
  /** The timeline is in the DOM, its event not yet sent; `source` is what to keep following. */
  shown(timeline: Timeline, source?: FollowedSource): void;
}

/**
 * Loads the host's timeline from the first source present: the `data` property, a child
 * `<script type="application/json">`, or `src`. In the shape of `@lit/task`: a run starts when
 * the host updates with new sources or after `request()`, and nowhere else; each run has an
 * AbortController, a new run aborts the old one, and a run id drops stale results. A load cut
 * short by disconnection starts again on reconnection.
 */
export class TimelineLoader implements ReactiveController {
  state: LoadState = {status: 'idle'};

  readonly #host: LoaderHost;
  readonly #options: LoaderOptions;
  #run = 0;
  #loading?: AbortController;
  /** The sources of the last run; `undefined` asks for a run at the next update. */
  #sources?: unknown[];

  constructor(host: LoaderHost, options: LoaderOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  hostConnected() {
    if (this.state.status === 'loading') this.request();
  }

  hostDisconnected() {
    this.#loading?.abort();
  }

  hostUpdate() {
    const {data, src} = this.#host;
    // Inline data comes before src: a src change matters only without it.
    const sources = [data, data == null && src];
    if (sources.some((source, index) => source !== this.#sources?.[index])) {
      this.#sources = sources;
      this.#start();
    }
  }

  /** Loads again at the next update: a retry, a reconnection, inline data that arrived late. */
  request() {
    this.#sources = undefined;
    this.#host.requestUpdate();
  }

  /** Shows a newer version of the timeline loaded. */
  show(timeline: Timeline) {
    this.#set({status: 'loaded', timeline});
  }

  #set(state: LoadState) {
    this.state = state;
    this.#host.requestUpdate();
  }

  async #start() {
    this.#loading?.abort();
    const run = ++this.#run;
    const {signal} = (this.#loading = new AbortController());
    const current = () => run === this.#run && !signal.aborted;
    const host = this.#host;
    const {data, src} = host;
    const script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    const idle = data == null && !src && !script;
    this.#options.started();
    this.#set({status: idle ? 'idle' : 'loading'});
    // Even inline data arrives after a first render, so the status region exists before it speaks.
    await 0;
    if (idle || !current()) return;
    const srcUrl = src ? safeUrl(src, document.baseURI, true) : undefined;
    let url: string | undefined;
    let validators: Validators = {};
    let event: TimelineLoadEvent | TimelineErrorEvent;
    try {
      let read: ParseResult;
      if (data != null) read = await readAnyFormat({json: data}, document.baseURI);
      else if (script) {
        checkTextBytes(script.text, this.#options.limits().bytes, 'The inline JSON');
        read = await readAnyFormat({text: script.text, where: 'The inline JSON'}, document.baseURI);
        // The validators a pre-rendered snippet was made with, for its one check of src.
        validators = {etag: script.dataset.etag, lastModified: script.dataset.lastModified};
      } else {
        if (!(url = srcUrl)) throw new TimelineError('address', `src ${JSON.stringify(src)} is not an http(s) address; nothing was requested`);
        const fetched = (await fetchTimelineShared(url, this.#options.fetchOptions(signal)))!;
        validators = fetched.validators;
        read = await readAnyFormat({text: fetched.text, where: url}, url);
      }
      if (!current()) return;
      const {timeline} = read;
      const {length} = timeline.events;
      const cap = this.#options.limits().events;
      warnOverCap(read, cap);
      const warnings = read.warnings.map(formatWarning);
      this.#set({status: 'loaded', timeline});
      logWarnings(warnings);
      event = new TimelineLoadEvent({count: Math.min(length, cap), warnings, url});
    } catch (caught) {
      if (!current()) return;
      // A TimelineError is about the data; anything else is a bug here, not bad data.
      const error = caught instanceof TimelineError ? caught : new TimelineError('internal', `A bug in rk-timeline: ${caught}`);
      this.#set({status: 'error', error});
      console.error(`<rk-timeline>: ${error.message}`);
      // A bug's stack, for whoever fixes it.
      if (error !== caught) console.error(caught);
      const {message, kind, status} = error;
      event = new TimelineErrorEvent({message, kind, url: error.url ?? url, status});
    }
    // Listeners find the DOM the event describes.
    await host.updateComplete;
    if (!current()) return;
    // Data from src, or a snippet of it, is kept current (`data` wins over both).
    const {state} = this;
    if (state.status === 'loaded') this.#options.shown(state.timeline, data == null && srcUrl ? {url: srcUrl, validators, checkNow: !!script} : undefined);
    host.dispatchEvent(event);
  }
}
