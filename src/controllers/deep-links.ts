import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface DeepLinksHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Brings the event the page's address names into view and focus: once, for the first timeline
 * shown (not for every reload), and on each `hashchange` (back and forward between fragments of
 * one page fire it too).
 */
export class DeepLinks implements ReactiveController {
  readonly #host: DeepLinksHost;
  /** The filters, which may hide the linked event. */
  readonly #filters: {showAll(): void};
  /** Whether the page's address has had its chance to name an event. */
  #followed = false;

  constructor(host: DeepLinksHost, filters: {showAll(): void}) {
    (this.#host = host).addController(this);
    this.#filters = filters;
  }

  hostConnected() {
    addEventListener('hashchange', this.#reveal);
  }

  hostDisconnected() {
    removeEventListener('hashchange', this.#reveal);
  }

  /** Reveals the linked event, the first time a timeline is shown. */
  revealOnce() {
    if (this.#followed) return;
    this.#followed = true;
    this.#reveal();
  }

  /** When the page's address names one of the events, scrolls to it and focuses it. */
  #reveal = () => {
    let fragment;
    try {
      fragment = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed fragment names nothing
    }
    const item = fragment && (this.#host.renderRoot as ShadowRoot).getElementById(fragment);
    if (!item) return;
    // A link to an event the filters hide shows every event again.
    if (item.hidden) this.#filters.showAll();
    // The item, not its heading, takes focus: reading goes on from its date. Focusable only now,
    // so screen readers do not meet every event as a focusable group.
    item.tabIndex = -1;
    item.scrollIntoView({block: 'start'});
    item.focus({preventScroll: true});
  };
}
