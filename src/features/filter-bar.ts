import {messagesFor} from '../i18n/messages.js';

/**
 * What the tag filters do, loaded on demand for timelines whose events have tags (the buttons
 * come with the list, `render/render-filters.ts`). Filtering hides events, which stay in the DOM,
 * hides a section left empty, and says politely how many events are shown.
 */

// A list's last shown event draws no rail below it, as its last event does when none is hidden.
const styles = new CSSStyleSheet();
styles.replaceSync('.last-shown::before{content:none}');

export class FilterBar {
  /** The tags chosen; none means all. Kept when the list is built again (language, order). */
  readonly #chosen = new Set<string>();
  readonly #status = Object.assign(document.createElement('p'), {className: 'visually-hidden'});
  #fieldset!: HTMLElement;
  #list!: HTMLElement;

  constructor(root: ShadowRoot) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
    this.#status.setAttribute('role', 'status');
  }

  /** Makes a list's filter buttons work, with the choice made so far. */
  attach(fieldset: HTMLElement, list: HTMLElement) {
    this.#fieldset = fieldset;
    this.#list = list;
    const tags = new Set(this.#buttons().map((button) => button.dataset.tag));
    for (const tag of this.#chosen) if (!tags.has(tag)) this.#chosen.delete(tag);
    // The count said for the last list would be stale for this one.
    this.#status.textContent = '';
    fieldset.append(this.#status);
    fieldset.addEventListener('click', (event) => {
      const tag = (event.target as Element).closest('button')?.dataset.tag;
      if (tag === undefined) return;
      if (!tag) this.#chosen.clear();
      else if (!this.#chosen.delete(tag)) this.#chosen.add(tag);
      this.#announce(this.#apply());
    });
    this.#apply();
  }

  /** Shows every event: the choice is cleared, as by "All". */
  showAll() {
    this.#chosen.clear();
    this.#apply();
  }

  #buttons = () => [...this.#fieldset.querySelectorAll('button')];
  #items = () => [...this.#list.querySelectorAll<HTMLElement>('[part~=item]')];

  /** Presses the chosen buttons, shows the events with any chosen tag, and counts them. */
  #apply() {
    for (const button of this.#buttons()) {
      const {tag} = button.dataset;
      button.setAttribute('aria-pressed', String(tag ? this.#chosen.has(tag) : !this.#chosen.size));
    }
    let shown = 0;
    for (const item of this.#items()) {
      const tags: string[] = JSON.parse(item.dataset.tags ?? '[]');
      item.hidden = this.#chosen.size > 0 && !tags.some((tag) => this.#chosen.has(tag));
      item.classList.remove('last-shown');
      if (!item.hidden) shown++;
    }
    for (const list of [this.#list, ...this.#list.querySelectorAll('ol')]) {
      [...list.children].filter((child) => child.matches('[part~=item]:not([hidden])')).at(-1)?.classList.add('last-shown');
    }
    for (const section of this.#list.querySelectorAll<HTMLElement>('[part~=section]')) {
      section.hidden = !section.querySelector('[part~=item]:not([hidden])');
    }
    return shown;
  }

  #announce(shown: number) {
    const language = this.#fieldset.closest('[lang]')!.getAttribute('lang')!;
    const format = (count: number) => count.toLocaleString(language);
    this.#status.textContent = messagesFor(language).filtered(format(shown), format(this.#items().length));
  }
}
