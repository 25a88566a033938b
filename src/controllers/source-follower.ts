import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Timeline} from '../data/parse-timeline.js';
import type {Limits} from '../limits.js';
import type {FetchOptions} from '../load/fetch-timeline.js';
import {fetchTimelineShared} from '../load/share-request.js';
import {readAnyFormat} from '../formats/read-any-format.js';
import type {FollowedSource} from './timeline-loader.js';

export interface FollowerHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  refresh: number;
}

export interface FollowerOptions {
  /** The page-wide caps (`RkTimeline.limits`): the shortest interval between checks. */
  limits(): Limits;
  fetchOptions(signal: AbortSignal): FetchOptions;
  /** Shows a newer version of the timeline. */
  show(timeline: Timeline): void;
  /** The `<li>` of an event, by the event's id. */
  item(id: string): HTMLElement | null;
}

/**
 * Follows the `src` a timeline came from for newer data, every `refresh` seconds (and at once
 * for a pre-rendered snippet); the code that does it, live-updates.js, loads only when needed.
 * It starts after a load, again when the host moves in the page or `refresh` changes, and stops
 * when a new load starts or the host leaves the page.
 */
export class SourceFollower implements ReactiveController {
  /** What the status region says after an update, in place of "loaded". */
  announcement?: string;

  readonly #host: FollowerHost;
  readonly #options: FollowerOptions;
  /** The source followed, and the timeline shown from it: the one loaded, then each newer version. */
  #followed?: FollowedSource & {timeline: Timeline};
  #following?: AbortController;
  #refresh?: number;

  constructor(host: FollowerHost, options: FollowerOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  hostConnected() {
    this.#follow();
  }

  hostDisconnected() {
    this.#following?.abort();
  }

  hostUpdate() {
    const {refresh} = this.#host;
    if (refresh === this.#refresh) return;
    this.#refresh = refresh;
    this.#follow();
  }

  /** Follows the source of a timeline just loaded, if it has one. */
  follow(timeline: Timeline, source?: FollowedSource) {
    this.#followed = source && {...source, timeline};
    this.#follow(source?.checkNow);
  }

  /** Stops following, and forgets what was followed and said. */
  stop() {
    this.#following?.abort();
    this.#followed = this.announcement = undefined;
  }

  #follow(checkNow = false) {
    this.#following?.abort();
    const host = this.#host;
    const followed = this.#followed;
    const {refresh} = host;
    const seconds = refresh > 0 ? Math.min(Math.max(refresh, this.#options.limits().refresh), 86_400) : 0;
    if (!followed || !host.isConnected || !(seconds || checkNow)) return;
    const {signal} = (this.#following = new AbortController());
    const {url} = followed;
    const options = this.#options;
    const root = host.renderRoot as ShadowRoot;
    import('../features/live-updates.js').catch((error) => console.warn(`<rk-timeline>: Could not load rk-timeline-live-updates.js: ${error.message}`)).then((module) => signal.aborted || module?.followUpdates({
      root,
      current: () => followed.timeline,
      fetchChanged: async (checkSignal) => {
        const fetched = await fetchTimelineShared(url, {...options.fetchOptions(checkSignal), validators: followed.validators});
        if (!fetched) return undefined;
        const {timeline} = await readAnyFormat({text: fetched.text, where: url}, url);
        followed.validators = fetched.validators;
        return timeline;
      },
      show: async (timeline) => {
        followed.timeline = timeline;
        this.announcement = '';
        options.show(timeline);
        await host.updateComplete;
      },
      announce: (sentence) => {
        this.announcement = sentence;
        host.requestUpdate();
      },
      item: options.item,
    }, {interval: seconds * 1000, checkNow, signal}));
  }
}
