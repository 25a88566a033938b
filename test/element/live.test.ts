import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {items, part, settled, shadow, texts, uniqueKey} from './helpers.js';
import {RkTimeline} from '../../src/rk-timeline.js';
import type {TimelineUpdateEvent} from '../../src/events.js';
import {patiently} from '../wait.js';

interface VersionedState {hits: number; notModified: number}
const state = async (key: string): Promise<VersionedState> => (await fetch(`/fault/versioned/state?key=${key}`)).json();
const setVersion = (key: string, query: string) => fetch(`/fault/versioned/set?key=${key}&${query}`);
const post = (key: string, json: unknown) => fetch(`/fault/versioned/set?key=${key}`, {method: 'POST', body: JSON.stringify(json)});
const nextUpdate = (element: RkTimeline) => oneEvent(element, 'rk-timeline-update') as Promise<TimelineUpdateEvent>;

const day = (n: number) => new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
const events = (from: number, to: number) =>
  Array.from({length: to - from + 1}, (_, index) => ({id: `e${from + index}`, date: day(from + index), title: `Event ${from + index}`, text: 'A paragraph of text. '.repeat(8)}));

describe('a reader follows a developing story (refresh)', () => {
  const minimum = RkTimeline.limits.refresh;
  // Test pages run in the background, which real readers never do: this one says it is read.
  beforeEach(() => Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'visible'}));
  afterEach(() => {
    RkTimeline.limits.refresh = minimum;
    delete (document as {visibilityState?: string}).visibilityState;
  });
  const follow = async (key: string, refresh = '0.1') => {
    RkTimeline.limits.refresh = 0; // tests cannot wait five seconds a check
    return (await settled(html`<rk-timeline refresh=${refresh} src=${`/fault/versioned?key=${key}`}></rk-timeline>`)).element;
  };
  /**
   * Waits while another timeline, following its own file every 0.1 s, checks it `checks` more
   * times: long enough for any check of the one under test. A condition, not a clock.
   */
  const whileAnotherChecks = async (checks: number) => {
    const key = uniqueKey();
    const other = await follow(key);
    await waitUntil(async () => (await state(key)).hits > checks, 'another timeline checks', patiently);
    other.remove();
  };

  it('asks again every refresh seconds, conditionally: an unchanged file costs a 304', async () => {
    const key = uniqueKey();
    const element = await follow(key);
    await waitUntil(async () => (await state(key)).notModified >= 2, 'two checks answered 304', patiently);
    expect(items(element)).to.have.length(3);
  });

  it('merges a new version by id: adds, updates and removes, marks what is new, and says so once', async () => {
    const key = uniqueKey();
    const element = await follow(key);
    const update = nextUpdate(element);
    await setVersion(key, 'version=2');
    const {detail} = await update;
    expect(detail).to.deep.equal({added: ['d'], changed: ['b'], removed: ['c']});
    expect(texts(element, 'title')).to.deep.equal(['First', 'Second, updated', 'Fourth']);
    await waitUntil(() => part(element, 'status')!.textContent === '1 new event, 1 updated, 1 removed.', 'says what changed', patiently);
    const fresh = shadow(element).getElementById('timeline-d')!;
    expect(fresh.querySelector('[part~="new"]')!.textContent).to.equal('New');
    expect(shadow(element).querySelectorAll('[part~="new"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('keeps the reader\'s place and focus when events arrive above what they read', async () => {
    const key = uniqueKey();
    await post(key, {events: events(10, 30)});
    const element = await follow(key);
    const reading = () => shadow(element).getElementById('timeline-e20')!;
    reading().scrollIntoView({block: 'start'});
    const permalink = reading().querySelector<HTMLElement>('[part~="permalink"]')!;
    permalink.focus({preventScroll: true});
    const top = reading().getBoundingClientRect().top;
    const update = nextUpdate(element);
    await post(key, {events: events(1, 30)});
    expect((await update).detail.added).to.have.length(9);
    expect(items(element)).to.have.length(30);
    expect(Math.abs(reading().getBoundingClientRect().top - top)).to.be.below(2);
    expect(shadow(element).activeElement === reading().querySelector('[part~="permalink"]')).to.equal(true);
  });

  it('keeps what is shown when a check fails, and takes the next version when the server is back', async () => {
    const key = uniqueKey();
    const element = await follow(key);
    await setVersion(key, 'fails=2&code=503');
    await waitUntil(async () => (await state(key)).hits >= 3, 'the failing checks', patiently);
    expect(items(element)).to.have.length(3);
    expect(part(element, 'error') === null).to.equal(true);
    const update = nextUpdate(element);
    await setVersion(key, 'version=2');
    expect((await update).detail.added).to.deep.equal(['d']);
  });

  it('says the same sentence again for the next update that brings as much', async () => {
    const key = uniqueKey();
    await post(key, {events: events(1, 2)});
    const element = await follow(key);
    const said: string[] = [];
    new MutationObserver(() => said.push(part(element, 'status')!.textContent!)).observe(part(element, 'status')!, {childList: true, subtree: true, characterData: true});
    for (const last of [3, 4]) {
      const update = nextUpdate(element);
      await post(key, {events: events(1, last)});
      await update;
      await waitUntil(() => said.at(-1) === '1 new event.', `said after event ${last}`, patiently);
    }
    expect(said.filter((sentence) => sentence === '1 new event.')).to.have.length(2);
  });

  it('keeps the "New" badge of an unseen event through later updates', async () => {
    const key = uniqueKey();
    await post(key, {events: events(10, 12)});
    const element = await follow(key);
    window.scrollTo(0, 0);
    element.style.marginTop = '200vh'; // out of sight, so nothing new is seen
    try {
      for (const from of [9, 8]) {
        const update = nextUpdate(element);
        await post(key, {events: events(from, 12)});
        await update;
      }
      expect(texts(element, 'new')).to.deep.equal(['New', 'New']);
    } finally {
      element.style.marginTop = '';
    }
  });

  it('leaves the page where it is when the timeline is out of sight', async () => {
    const key = uniqueKey();
    await post(key, {events: events(10, 12)});
    const element = await follow(key);
    element.style.marginTop = '200vh';
    window.scrollTo(0, 100);
    try {
      const update = nextUpdate(element);
      await post(key, {events: events(1, 12)});
      await update;
      expect(scrollY).to.equal(100);
    } finally {
      element.style.marginTop = '';
    }
  });

  it('keeps focus on the filter button the reader pressed, and no stale count', async () => {
    const key = uniqueKey();
    await post(key, {events: [{id: 'a', date: '2024-01-01', title: 'A', tags: ['x']}, {id: 'b', date: '2024-01-02', title: 'B', tags: ['y']}]});
    const element = await follow(key);
    await waitUntil(() => part(element, 'filters')!.querySelector('[role="status"]'), 'the filters work', patiently);
    const pressX = () => [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="filter"]')].find((button) => button.textContent === 'x')!;
    pressX().click();
    pressX().focus();
    const update = nextUpdate(element);
    await post(key, {events: [{id: 'a', date: '2024-01-01', title: 'A', tags: ['x']}, {id: 'b', date: '2024-01-02', title: 'B', tags: ['y']}, {id: 'c', date: '2024-01-03', title: 'C', tags: ['x']}]});
    await update;
    await waitUntil(() => part(element, 'filters')!.querySelector('[role="status"]'), 'the filters work again', patiently);
    expect(shadow(element).activeElement === pressX()).to.equal(true);
    expect(pressX().getAttribute('aria-pressed')).to.equal('true');
    expect(items(element).filter((item) => !item.hidden).map((item) => item.id)).to.deep.equal(['timeline-a', 'timeline-c']);
    expect(part(element, 'filters')!.querySelector('[role="status"]')!.textContent).to.equal('');
  });

  it('follows again when the page moves the element, stops with refresh="0", and starts with a new refresh', async () => {
    const key = uniqueKey();
    const element = await follow(key);
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    const hits = (await state(key)).hits;
    await waitUntil(async () => (await state(key)).hits >= hits + 2, 'checks after the move', patiently);
    element.refresh = 0;
    await element.updateComplete;
    await whileAnotherChecks(1); // a check already on its way arrives
    const stopped = (await state(key)).hits;
    await whileAnotherChecks(3);
    expect((await state(key)).hits).to.equal(stopped);
    element.refresh = 0.1;
    await waitUntil(async () => (await state(key)).hits >= stopped + 2, 'checks again', patiently);
  });

  for (const [what, cleared] of [
    ['a cleared sheet ({"events": []})', {events: []}],
    ['a version whose every event is invalid', {events: [{id: 'x', title: 'No date'}, {id: 'y', date: 'soon', title: 'Bad date'}]}],
  ] as const) {
    it(`keeps what readers see when ${what} would remove every event, warns, and takes the next real version`, async () => {
      const key = uniqueKey();
      const element = await follow(key);
      const updates: TimelineUpdateEvent['detail'][] = [];
      element.addEventListener('rk-timeline-update', (event) => updates.push((event as TimelineUpdateEvent).detail));
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        await post(key, cleared);
        await waitUntil(() => warnings.some((warning) => /not applied/.test(warning)) || updates.length, 'the cleared version checked', {timeout: 8000});
      } finally {
        console.warn = warn;
      }
      expect(updates).to.deep.equal([]);
      expect(texts(element, 'title')).to.deep.equal(['First', 'Second', 'Third']);
      expect(warnings.find((warning) => /not applied/.test(warning))).to.match(/^<rk-timeline>: .*no events.*not applied; kept the 3 events shown/);
      const update = nextUpdate(element);
      await setVersion(key, 'version=2');
      expect((await update).detail).to.deep.equal({added: ['d'], changed: ['b'], removed: ['c']});
      await expect(element).to.be.accessible();
    });
  }

  it('never replaces data given as a property with what src holds', async () => {
    const key = uniqueKey();
    RkTimeline.limits.refresh = 0;
    const data = [{id: 'mine', date: '2020', title: 'Mine'}];
    const {element} = await settled(html`<rk-timeline refresh="0.1" .data=${data} src=${`/fault/versioned?key=${key}`}></rk-timeline>`);
    await whileAnotherChecks(3);
    expect(texts(element, 'title')).to.deep.equal(['Mine']);
    expect((await state(key)).hits).to.equal(0);
  });

  it('never checks without refresh, and never more often than the page allows', async () => {
    const unset = uniqueKey();
    const held = uniqueKey();
    await settled(html`<rk-timeline src=${`/fault/versioned?key=${unset}`}></rk-timeline>`);
    RkTimeline.limits.refresh = 5;
    await settled(html`<rk-timeline refresh="0.1" src=${`/fault/versioned?key=${held}`}></rk-timeline>`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await state(unset)).hits).to.equal(1);
    expect((await state(held)).hits).to.equal(1);
  });
});

describe('a pre-rendered snippet whose src has changed since', () => {
  it('shows the newer version, merged, after one conditional request', async () => {
    const key = uniqueKey();
    const inline = JSON.stringify({events: [{id: 'a', date: '2024-01-01', title: 'First'}]});
    const {element} = await settled(html`<rk-timeline src=${`/fault/versioned?key=${key}`}><script type="application/json" data-etag='"0"'>${inline}</script></rk-timeline>`);
    const {detail} = await nextUpdate(element);
    expect(detail).to.deep.equal({added: ['b', 'c'], changed: [], removed: []});
    expect(items(element)).to.have.length(3);
    expect((await state(key)).hits).to.equal(1);
  });
});
