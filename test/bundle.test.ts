import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

// What a reader downloads for a timeline in our JSON format: Lit (about 6.1 KB of it) and the
// element with deep links, sections and the filter buttons. A ratchet on what is, not the 10 KB
// aimed at (see the README's Performance section for where the bytes go). The last quarter
// kilobyte bounds the cost of hostile data: per-event caps, warnings as objects, kept up to a cap
// and logged once, dates and property options that Object.prototype cannot reach.
const BUDGET_BYTES = 14.75 * 1024;
// What only some timelines load, beside it: what filters do, live updates, other formats (whose
// reader knows HTML's named entities and the TimelineJS template's ways).
const ON_DEMAND_BUDGETS: Record<string, number> = {'filter-bar': 1.5 * 1024, 'live-updates': 2.5 * 1024, 'read-timeline': 5.5 * 1024};

describe('a newsroom ships one file', () => {
  it(`dist/rk-timeline.js is at most ${BUDGET_BYTES} bytes gzipped (gzip -9), Lit included`, async () => {
    const size = await executeServerCommand<number, string>('gzip-size', 'dist/rk-timeline.js');
    expect(size).to.be.greaterThan(5000, 'the bundle was built');
    expect(size).to.be.at.most(BUDGET_BYTES);
  });

  for (const [name, budget] of Object.entries(ON_DEMAND_BUDGETS)) {
    it(`loads rk-timeline-${name}.js on demand from beside it, at most ${budget} bytes gzipped`, async () => {
      const code = await (await fetch('/dist/rk-timeline.js')).text();
      expect(code).to.contain(`import("./rk-timeline-${name}.js")`);
      const size = await executeServerCommand<number, string>('gzip-size', `dist/rk-timeline-${name}.js`);
      expect(size).to.be.within(200, budget);
    });
  }

  it('has no bare imports, and names no host other than its data URL', async () => {
    const code = await (await fetch('/dist/rk-timeline.js')).text();
    expect(code).to.not.match(/\bimport\s*[^;]*?from\s*["'][^./]/);
    expect(code).to.not.match(/\bimport\(\s*["'][^./]/);
    expect(code.match(/https?:\/\/[a-z0-9.-]+/gi) ?? []).to.deep.equal([]);
  });

  it('copied without the modules beside it, still shows its events: no dead filter buttons, and a clear error for CSV', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/fault/bundle-alone/page';
    document.body.append(frame);
    try {
      const timeline = (id: string) => frame.contentDocument?.getElementById(id)?.shadowRoot;
      await waitUntil(() => timeline('tagged')?.querySelector('[part~="item"]') && timeline('sheet')?.querySelector('[part~="error"]'), 'both settle', {timeout: 8000});
      await waitUntil(() => timeline('tagged')!.querySelector<HTMLElement>('[part~="filters"]')!.hidden, 'the filters that cannot work are hidden', {timeout: 5000});
      expect(timeline('tagged')!.querySelectorAll('[part~="item"]')).to.have.length(5);
      expect(timeline('sheet')!.querySelector('[part~="error"]')!.textContent).to.contain('rk-timeline-read-timeline.js');
    } finally {
      frame.remove();
    }
  });

  it('can be loaded twice from two URLs without an error, and the first definition serves both', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const first = await import('/dist/rk-timeline.js' as string);
    const second = await import('/dist/rk-timeline.js?copy=2' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(first.RkTimeline).to.not.equal(second.RkTimeline);
    expect(customElements.get('rk-timeline')).to.equal(first.RkTimeline);
    const element = await fixture(html`<rk-timeline src="/data/russia-north-korea.json"></rk-timeline>`);
    await new Promise((resolve) => element.addEventListener('rk-timeline-load', resolve, {once: true}));
    expect(element.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(14);
  });
});

describe('custom-elements.json describes the public contract', () => {
  it('lists the attributes, events, parts and custom properties', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const element = manifest.modules
      .flatMap((module: {declarations?: unknown[]}) => module.declarations ?? [])
      .find((declaration: {tagName?: string}) => declaration.tagName === 'rk-timeline');
    const names = (list: {name: string}[] = []) => list.map((entry) => entry.name).sort();
    expect(names(element.attributes)).to.deep.equal(
      ['credentials', 'dir', 'filters', 'heading-level', 'label', 'lang', 'order', 'refresh', 'src', 'theme', 'timeout'],
    );
    expect(names(element.events)).to.deep.equal(['rk-timeline-error', 'rk-timeline-load', 'rk-timeline-update']);
    expect(names(element.cssParts)).to.deep.equal([
      'date', 'error', 'filter', 'filters', 'item', 'label', 'link', 'list', 'marker', 'media', 'new', 'permalink', 'retry',
      'section', 'section-title', 'status', 'text', 'title',
    ].sort());
    expect(names(element.cssProperties)).to.deep.equal([
      '--rk-timeline-accent', '--rk-timeline-background', '--rk-timeline-font-family', '--rk-timeline-gap',
      '--rk-timeline-line-color', '--rk-timeline-marker-size', '--rk-timeline-muted-color', '--rk-timeline-text-color',
    ]);
    expect(element.cssProperties.every((property: {default?: string}) => property.default)).to.be.true;
  });

  it('every documented custom property is used by the styles, and every one used is documented', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = manifest.modules
      .flatMap((module: {declarations?: {cssProperties?: {name: string}[]}[]}) => module.declarations ?? [])
      .flatMap((declaration: {cssProperties?: {name: string}[]}) => declaration.cssProperties ?? [])
      .map((property: {name: string}) => property.name);
    const {timelineStyles} = await import('../src/rk-timeline.styles.js');
    const cssText = [...timelineStyles.cssRules].map((rule) => rule.cssText).join('\n');
    const used = [...new Set(cssText.match(/--rk-timeline-[a-z-]+/g))];
    expect(used.sort()).to.deep.equal([...documented].sort());
  });
});
