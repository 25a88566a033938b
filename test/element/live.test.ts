import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {items, part, settled, shadow, texts, uniqueKey} from './helpers.js';
import {RkTimeline} from '../../src/rk-timeline.js';
import type {TimelineUpdateEvent} from '../../src/events.js';

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

  it('asks again every refresh seconds, conditionally: an unchanged file costs a 304', async () => {
    const key = uniqueKey();
    const element = await follow(key);
    await waitUntil(async () => (await state(key)).notModified >= 2, 'two checks answered 304', {timeout: 8000});
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
    expect(part(element, 'status')!.textContent).to.equal('1 new event, 1 updated, 1 removed.');
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
    await waitUntil(async () => (await state(key)).hits >= 3, 'the failing checks', {timeout: 8000});
    expect(items(element)).to.have.length(3);
    expect(part(element, 'error') === null).to.equal(true);
    const update = nextUpdate(element);
    await setVersion(key, 'version=2');
    expect((await update).detail.added).to.deep.equal(['d']);
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
