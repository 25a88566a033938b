/**
 * The tag filters, loaded on demand for timelines whose events have tags: a fieldset of toggle
 * buttons, "All" and one per tag. Filtering hides events (they stay in the DOM, for print and
 * find once the filter is lifted), hides a section left empty, and says how many are shown.
 */

interface FilterMessages {
  legend: string;
  all: string;
  shown: (shown: string, total: string) => string;
}

const en: FilterMessages = {legend: 'Show', all: 'All', shown: (shown, total) => `${shown} of ${total} events shown.`};
const id: FilterMessages = {legend: 'Tampilkan', all: 'Semua', shown: (shown, total) => `${shown} dari ${total} peristiwa ditampilkan.`};
const ar: FilterMessages = {legend: 'عرض', all: 'الكل', shown: (shown, total) => `عرض ${shown} من ${total} حدثًا.`};
const catalogue = new Map(Object.entries({en, id, ar, in: id}));

// A list's last shown event draws no rail below it, as its last event does when none is hidden.
const styles = new CSSStyleSheet();
styles.replaceSync(`
  .filters{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5em;margin:0;padding:0;border:0;min-width:0}
  .filters legend{float:inline-start;padding:0}
  [aria-pressed=true]{color:var(--rk-timeline-background,Canvas);background:var(--_accent);border-color:var(--_accent)}
  .last-shown::before{content:none}
  @media (forced-colors:active){[aria-pressed=true]{forced-color-adjust:none;color:HighlightText;background:Highlight}}
`);

export class FilterBar {
  /** The tags chosen; none means all. Kept when the list is built again (language, order). */
  readonly #chosen = new Set<string>();
  readonly #fieldset = Object.assign(document.createElement('fieldset'), {className: 'filters'});
  readonly #status = Object.assign(document.createElement('p'), {className: 'visually-hidden'});
  #list!: HTMLElement;
  #language = 'en';
  #messages = en;

  constructor(root: ShadowRoot) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
    this.#fieldset.part.add('filters');
    this.#status.setAttribute('role', 'status');
  }

  /** The bar for a list's tags, in reading order, with the current choice applied to the list. */
  show(list: HTMLElement) {
    const language = list.closest('[lang]')!.getAttribute('lang')!;
    this.#list = list;
    this.#language = language;
    this.#messages = catalogue.get(language.split('-')[0].toLowerCase()) ?? en;
    const tags = new Set(this.#items().flatMap(tagsOf));
    for (const tag of this.#chosen) if (!tags.has(tag)) this.#chosen.delete(tag);
    const legend = document.createElement('legend');
    legend.textContent = this.#messages.legend;
    this.#fieldset.replaceChildren(legend, this.#button(this.#messages.all, ''), ...[...tags].map((tag) => this.#button(tag, tag)));
    this.#apply();
    return [this.#fieldset, this.#status];
  }

  #items = () => [...this.#list.querySelectorAll<HTMLElement>('[part~=item]')];

  #button(text: string, tag: string) {
    const button = document.createElement('button');
    button.type = 'button';
    button.part.add('filter');
    button.textContent = text;
    button.addEventListener('click', () => {
      if (!tag) this.#chosen.clear();
      else if (!this.#chosen.delete(tag)) this.#chosen.add(tag);
      const shown = this.#apply();
      const format = (count: number) => count.toLocaleString(this.#language);
      this.#status.textContent = this.#messages.shown(format(shown), format(this.#items().length));
    });
    button.dataset.tag = tag;
    return button;
  }

  /** Presses the chosen buttons, shows the events with any chosen tag, and counts them. */
  #apply() {
    for (const button of this.#fieldset.querySelectorAll('button')) {
      const {tag} = button.dataset;
      button.setAttribute('aria-pressed', String(tag ? this.#chosen.has(tag) : !this.#chosen.size));
    }
    let shown = 0;
    for (const item of this.#items()) {
      item.hidden = this.#chosen.size > 0 && !tagsOf(item).some((tag) => this.#chosen.has(tag));
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
}

/** An item's tags, as the renderer wrote them. */
const tagsOf = (item: HTMLElement): string[] => JSON.parse(item.dataset.tags ?? '[]');
