import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FilterBar} from '../features/filter-bar.js';

export interface FilterControlsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Makes the filter buttons work: loads what they do (filter-bar.js) the first time a list has
 * them, and attaches it to each new list once it is in the DOM. Buttons that cannot work, when
 * the module cannot be had, are hidden.
 */
export class FilterControls implements ReactiveController {
  readonly #host: FilterControlsHost;
  /** The filter buttons built with the list shown, if its events have tags. */
  readonly #fieldset: () => HTMLElement | undefined;
  #bar?: FilterBar;
  #attached?: HTMLElement;

  constructor(host: FilterControlsHost, fieldset: () => HTMLElement | undefined) {
    (this.#host = host).addController(this);
    this.#fieldset = fieldset;
  }

  async hostUpdated() {
    const fieldset = this.#fieldset();
    if (!fieldset?.isConnected || fieldset === this.#attached) return;
    this.#attached = fieldset;
    const root = this.#host.renderRoot as ShadowRoot;
    try {
      const {FilterBar} = await import('../features/filter-bar.js');
      // The list may have gone while the module loaded (a reload that failed): attach to the next.
      if (!fieldset.isConnected) return void (this.#attached = undefined);
      this.#bar ??= new FilterBar(root);
      this.#bar.attach(fieldset, root.querySelector<HTMLElement>('[part~=list]')!);
    } catch (error) {
      fieldset.hidden = true;
      console.warn(`<rk-timeline>: Could not load rk-timeline-filter-bar.js: ${(error as Error).message}`);
    }
  }

  /** Shows every event again. */
  showAll() {
    this.#bar?.showAll();
  }
}
