import {expect, html} from '@open-wc/testing';
import {items, settled, shadow, texts} from '../element/helpers.js';
import type {TimelineErrorEvent, TimelineLoadEvent} from '../../src/events.js';
import {EVENT_LIMITS} from '../../src/limits.js';

const HOSTILE = '/test/fixtures/hostile';
const pwned = () => (window as unknown as {__pwned?: unknown}).__pwned;
const loaded = (event: Event) => (event as TimelineLoadEvent).detail;

describe('hostile data never runs code', () => {
  it('shows markup, script and template syntax in every text field as literal text', async () => {
    const {element, event} = await settled(html`<rk-timeline src="${HOSTILE}/markup.json"></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
    const root = shadow(element);
    expect(root.querySelectorAll('script, svg, b, [onerror], [onload], [onmouseover]')).to.have.length(0);
    expect(root.querySelectorAll('img')).to.have.length(7, 'only the images the data asked for');
    expect(texts(element, 'title')).to.include('</li></ol><script>window.__pwned=1</script>');
    expect(texts(element, 'title')).to.include('${window.__pwned=1}');
    expect(texts(element, 'date')).to.include('<img src=x onerror="window.__pwned=1">');
    expect(root.querySelector('img')!.getAttribute('alt')).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(root.querySelector('[part~="list"]')!.getAttribute('aria-label')).to.equal('<b>Markup</b> <img src=x onerror="window.__pwned=1">');
    for (const link of root.querySelectorAll<HTMLElement>('a')) link.dispatchEvent(new MouseEvent('mouseover'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pwned()).to.equal(undefined);
  });

  it('keeps only http(s) and relative links and images, in every disguise of the others', async () => {
    const {element, event} = await settled(html`<rk-timeline src="${HOSTILE}/urls.json"></rk-timeline>`);
    const root = shadow(element);
    const hrefs = [...root.querySelectorAll<HTMLAnchorElement>('[part~="link"]')].map((a) => a.href);
    const srcs = [...root.querySelectorAll('img')].map((img) => img.src);
    for (const url of [...hrefs, ...srcs]) expect(url).to.match(/^https?:\/\//);
    // 14 hostile forms, 7 good ones; `javascript&colon;` is a harmless relative path and stays, and
    // a protocol-relative `//evil.example/x` is as safe as any http(s) address, on the data's scheme.
    expect(hrefs.filter((href) => new URL(href).hostname === 'evil.example')).to.deep.equal([`${location.protocol}//evil.example/x`]);
    expect(hrefs).to.have.length(8);
    expect(srcs).to.have.length(8);
    expect(root.textContent).to.contain('link 0').and.contain('link 14');
    expect(loaded(event).warnings.filter((warning) => warning.includes('shown as plain text'))).to.have.length(13);
    expect(pwned()).to.equal(undefined);
  });

  it('does not let __proto__, constructor or prototype keys pollute anything', async () => {
    const {element, event} = await settled(html`<rk-timeline src="${HOSTILE}/proto.json"></rk-timeline>`);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('polluted');
    expect(texts(element, 'title')).to.deep.equal(['Own title']);
    expect(shadow(element).querySelectorAll('img, [part~="link"]')).to.have.length(0);
    expect(loaded(event).count).to.equal(1);
  });
});

describe('a host page that polluted Object.prototype', () => {
  it('adds no inherited attribute to anything the timeline builds', async () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.onerror = 'window.__pwned=1';
    prototype.onfocus = 'window.__pwned=1';
    try {
      const data = [{date: '2020-01-01', title: 'A', media: {src: 'https://invalid.invalid/x.png', alt: 'a'}, links: [{href: '/x', label: 'x'}]}];
      const {element} = await settled(html`<rk-timeline .data=${data}></rk-timeline>`);
      const attributes = [...shadow(element).querySelectorAll('*')].flatMap((node) => node.getAttributeNames());
      expect(attributes).to.not.include('onerror').and.not.include('onfocus');
    } finally {
      delete prototype.onerror;
      delete prototype.onfocus;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pwned()).to.equal(undefined);
  });
});

describe('odd data is named, and the rest still renders', () => {
  it('skips impossible dates and wrong types with warnings, never showing Invalid Date', async () => {
    const {element, event} = await settled(html`<rk-timeline src="${HOSTILE}/odd.json"></rk-timeline>`);
    const {warnings, count} = loaded(event);
    expect(count).to.equal(7);
    expect(warnings.join('\n'))
      .to.contain('events[0].date: "2020-13-45" is not an ISO 8601 date')
      .and.contain('events[1].date: "yesterday" is not an ISO 8601 date')
      .and.contain('events[2].date: expected text, found 100000000000000000000')
      .and.contain('events[3].date: "-500" is not an ISO 8601 date')
      .and.contain('events[4].date: "12345" is not an ISO 8601 date')
      .and.contain('events[5].date: "2023-02-29" is not a real day (that month has 28 days)')
      .and.contain('events[6].date: "-0000" is not an ISO 8601 date')
      .and.contain('events[8].title: expected text, found 42; the date stands as the heading')
      .and.contain('events[14]: expected an event object, found null; skipped')
      .and.contain('id "same" is used twice');
    expect(shadow(element).textContent).to.not.match(/Invalid Date|NaN|undefined/);
    const titles = texts(element, 'title');
    expect(titles.filter((_, index) => index !== 5)).to.deep.equal(['First same', 'Second same', 'Third, no id', 'Fourth, no id', 'Good month', 'Bad fields']);
    // The untitled event: its date, in the reader's language, is its heading.
    expect(titles[5]).to.match(/2020/).and.equal(items(element)[5].querySelector('time')!.textContent);
    // Ids live in the shadow root, each made of the timeline's and the event's: none can clash.
    expect([...shadow(element).querySelectorAll('[id]')].map((node) => node.id)).to.deep.equal([
      'timeline-same', 'timeline-same-2', 'timeline-2019', 'timeline-2019-2', 'timeline-2020-05', 'timeline-2020-05-01', 'timeline-2020-05-02',
    ]);
  });

  it('keeps bidi overrides inside their own line, never flipping what follows', async () => {
    const {element} = await settled(html`<div><rk-timeline src="${HOSTILE}/extremes.json"></rk-timeline><p id="after">ABC</p></div>`);
    const leftToRight = (node: Node) => {
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 1);
      const first = range.getBoundingClientRect().left;
      range.setStart(node, node.textContent!.length - 1);
      range.setEnd(node, node.textContent!.length);
      return first < range.getBoundingClientRect().left;
    };
    const textIn = (node: Node) => document.createTreeWalker(node, NodeFilter.SHOW_TEXT, (text) =>
      text.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP).nextNode()!;
    const nextTitle = textIn(items(element)[1].querySelector('[part~="title"]')!);
    expect(nextTitle.textContent).to.equal('Next title reads left to right');
    expect(leftToRight(nextTitle)).to.be.true;
    expect(leftToRight(textIn(items(element)[2].querySelector('[part~="date"]')!))).to.be.true;
    expect(leftToRight(textIn(document.getElementById('after')!))).to.be.true;
    // A caption and its credit share a line: the credit must not be turned around.
    const credit = [...shadow(element).querySelectorAll('figcaption bdi')].map(textIn).find((text) => text.textContent === 'Pool Photo')!;
    expect(leftToRight(credit)).to.be.true;
  });

  it('renders NUL, lone surrogates, emoji and floods of combining marks without breaking the layout', async () => {
    const {element, event} = await settled(html`<rk-timeline src="${HOSTILE}/extremes.json"></rk-timeline>`);
    expect(loaded(event).count).to.equal(3);
    expect(texts(element, 'text')[1]).to.contain('👩‍👩‍👧');
    for (const item of items(element)) expect(item.scrollWidth).to.be.at.most(item.clientWidth);
  });
});

describe('oversized data ends cleanly and the page stays usable', () => {
  it('ends an endless response at the byte cap, while it streams, with a clear message', async () => {
    // The body never ends: only a cap counted while streaming can end this load.
    const {event} = await settled(html`<rk-timeline src="/fault/huge?mb=1000000"></rk-timeline>`);
    const {kind, message} = (event as TimelineErrorEvent).detail;
    expect(kind).to.equal('size');
    expect(message).to.match(/is larger than the 10 MB cap on a timeline's data$/);
  });

  it('holds inline JSON to the same byte cap, and says its size and the cap in MB', async () => {
    const RkTimeline = await customElements.whenDefined('rk-timeline') as unknown as {limits: {bytes: number}};
    const bytes = RkTimeline.limits.bytes;
    RkTimeline.limits.bytes = 2_000_000;
    try {
      // 2.5 MB of one title: é is two bytes of UTF-8, so it is the bytes that count, not the characters.
      const inline = JSON.stringify({events: [{date: '2024', title: 'é'.repeat(1_250_000)}]});
      const {event} = await settled(html`<rk-timeline><script type="application/json">${inline}</script></rk-timeline>`);
      expect(event.type).to.equal('rk-timeline-error');
      const {kind, message} = (event as TimelineErrorEvent).detail;
      expect(kind).to.equal('size');
      expect(message).to.equal('The inline JSON is 2.5 MB, over the 2 MB cap on a timeline\'s data');
    } finally {
      RkTimeline.limits.bytes = bytes;
    }
  });

  it('shows the first 10,000 of 100,000 events, and says so', async () => {
    const {element, event} = await settled(html`<rk-timeline src="/fault/many?count=100000"></rk-timeline>`);
    const {count, warnings} = loaded(event);
    expect(count).to.equal(10000);
    expect(warnings).to.deep.equal(['events: 100000, over the cap; the first 10000 in reading order are shown']);
    expect(items(element)).to.have.length(10000);
    expect(shadow(element).querySelector('[part~="status"]')!.textContent).to.equal('Timeline loaded: 10,000 events.');
  });

  it('caps in reading order: newest first keeps the newest', async () => {
    const {element, event} = await settled(html`<rk-timeline order="newest-first" src="/fault/many?count=20000"></rk-timeline>`);
    expect(loaded(event).count).to.equal(10000);
    const years = texts(element, 'date').map(Number);
    expect(years[0]).to.equal(9999);
    expect(Math.min(...years)).to.be.greaterThan(1000);
  });

  it('lets the page change the caps', async () => {
    const RkTimeline = await customElements.whenDefined('rk-timeline') as unknown as {limits: {bytes: number; events: number}};
    const defaults = {...RkTimeline.limits};
    Object.assign(RkTimeline.limits, {bytes: 1000, events: 3});
    try {
      const {event: capped} = await settled(html`<rk-timeline src="/fault/many?count=10"></rk-timeline>`);
      expect(loaded(capped).count).to.equal(3);
      const {event: large} = await settled(html`<rk-timeline src="/data/russia-north-korea.json"></rk-timeline>`);
      expect((large as TimelineErrorEvent).detail.kind).to.equal('size');
    } finally {
      Object.assign(RkTimeline.limits, defaults);
    }
  });

  it('answers 100,000-deep nesting with a warning or a clear error, never an uncaught one', async () => {
    const errors: string[] = [];
    const onError = (error: ErrorEvent) => errors.push(error.message);
    window.addEventListener('error', onError);
    const {event} = await settled(html`<rk-timeline src="/fault/deep?depth=100000"></rk-timeline>`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    if (event.type === 'rk-timeline-load') {
      const [warning, ...others] = loaded(event).warnings;
      expect(others).to.deep.equal([]);
      expect(warning).to.match(/^events\[0\]: expected an event object, found (\[{57}\.\.\.|a value nested too deep to show); skipped$/);
    } else {
      // An engine whose JSON.parse gives up on such depth says so as a JSON error.
      expect((event as TimelineErrorEvent).detail.kind).to.equal('json');
    }
  });
});

describe('hostile data costs no more than its size', () => {
  const many = (count: number, item: (index: number) => unknown) => Array.from({length: count}, (_, index) => item(index));

  it('shows an event of 130,000 paragraphs, links and tags, capped, with one warning', async () => {
    const huge = {date: '2019', title: 'Huge', text: many(130_000, (index) => `P${index}`).join('\n\n'), links: many(130_000, (index) => ({href: `/${index}`})), tags: many(130_000, String)};
    const {element, event} = await settled(html`<rk-timeline .data=${[huge]}></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
    expect(texts(element, 'text')).to.have.length(EVENT_LIMITS.paragraphs);
    expect(texts(element, 'link')).to.have.length(EVENT_LIMITS.links);
    expect(loaded(event).warnings).to.deep.equal([
      `events[0]: 130000 tags, 130000 paragraphs, 130000 links: more than an event shows; the first ${EVENT_LIMITS.tags} tags, ${EVENT_LIMITS.paragraphs} paragraphs, ${EVENT_LIMITS.links} links are shown (event "Huge")`,
    ]);
  });

  it('tells the console of 300 warnings about a megabyte title in one call, quoting 60 characters of it', async () => {
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      const {event} = await settled(html`<rk-timeline .data=${[{date: '2019', title: 'T'.repeat(1_000_000), tags: many(300, () => 1)}]}></rk-timeline>`);
      const {warnings} = loaded(event);
      expect(warnings).to.have.length(300);
      expect(Math.max(...warnings.map((warning) => warning.length))).to.be.below(200);
      expect(warned).to.have.length(1);
      expect(String(warned[0][0])).to.match(/^<rk-timeline>: 300 warnings, the first 10:\nevents\[0\]\.tags\[0\]: expected text, found 1; ignored \(event "T{56}\.\.\.\)\n/);
    } finally {
      console.warn = warn;
    }
  });
});

describe('a page that polluted Object.prototype', () => {
  const proto = Object.prototype as Record<string, unknown>;

  it('still renders when inherited property options would stop updates', async () => {
    let shown;
    try {
      proto.hasChanged = () => false;
      const {element} = await settled(html`<rk-timeline .data=${[{date: '2019', title: 'Summit'}]}></rk-timeline>`);
      shown = texts(element, 'title');
    } finally {
      delete proto.hasChanged;
    }
    expect(shown).to.deep.equal(['Summit']);
  });

  it('shows no end or month the data did not give', async () => {
    let dates;
    try {
      Object.assign(proto, {end: '2020', month: 5});
      const {element} = await settled(html`<rk-timeline lang="en" .data=${[{date: '2019', title: 'Summit'}]}></rk-timeline>`);
      dates = texts(element, 'date');
    } finally {
      delete proto.end;
      delete proto.month;
    }
    expect(dates).to.deep.equal(['2019']);
  });
});
