import {expect, waitUntil} from '@open-wc/testing';
import {uniqueKey} from '../element/helpers.js';
import {parseTimeline, type TimelineEvent} from '../../src/data/parse-timeline.js';
import {fetchTimeline, type FetchOptions, type Validators} from '../../src/load/fetch-timeline.js';
import {diffTimeline, type TimelineDiff} from '../../src/live/diff-timeline.js';
import {startPolling} from '../../src/live/poll.js';
import {patiently} from '../wait.js';

const state = async (key: string) => (await fetch(`/fault/versioned/state?key=${key}`)).json();
const options = (signal: AbortSignal, validators?: Validators): FetchOptions => ({
  signal,
  timeout: 5000,
  maxBytes: 1 << 20,
  credentials: 'omit',
  validators,
});

/** The pieces wired the way the element wires them: load once, then poll, diff and keep. */
async function follow(path: string, signal: AbortSignal) {
  const url = new URL(path, location.href).href;
  const first = (await fetchTimeline(url, options(signal)))!;
  const story = {
    events: parseTimeline(JSON.parse(first.text), url).timeline.events as readonly TimelineEvent[],
    validators: first.validators,
    updates: [] as TimelineDiff[],
    checks: [] as string[],
  };
  // Pages of a test run in the background are hidden: this one says it is read.
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'visible'});
  startPolling({
    interval: 50,
    signal,
    check: async (signal) => {
      const fresh = await fetchTimeline(url, options(signal, story.validators)).catch((error) => {
        story.checks.push('failed');
        throw error;
      });
      story.checks.push(fresh ? 'new' : 'unchanged');
      if (!fresh) return;
      const events = parseTimeline(JSON.parse(fresh.text), url).timeline.events;
      const diff = diffTimeline(story.events, events);
      Object.assign(story, {events, validators: fresh.validators});
      if (diff.added.length || diff.changed.length || diff.removed.length) story.updates.push(diff);
    },
  });
  return story;
}

describe('a reader follows a developing story', () => {
  let controller: AbortController;
  beforeEach(() => (controller = new AbortController()));
  afterEach(() => {
    controller.abort();
    delete (document as {visibilityState?: unknown}).visibilityState;
  });

  it('an unchanged file costs 304s; a new version arrives as added, changed and removed ids', async () => {
    const key = uniqueKey();
    const story = await follow(`/fault/versioned?key=${key}`, controller.signal);
    await waitUntil(() => story.checks.length >= 2, 'two checks', patiently);
    expect(story.updates).to.deep.equal([]);
    await fetch(`/fault/versioned/set?key=${key}&version=2`);
    await waitUntil(() => story.updates.length === 1, 'an update', patiently);
    expect(story.updates[0]).to.deep.equal({added: ['d'], changed: ['b'], removed: ['c']});
    const {notModified, hits} = await state(key);
    expect(notModified).to.be.at.least(2);
    expect(hits - notModified, 'full answers').to.equal(2);
  });

  it('an edit posted by the newsroom: only that event changes', async () => {
    const key = uniqueKey();
    const story = await follow(`/fault/versioned?key=${key}`, controller.signal);
    const body = {
      events: [
        {id: 'a', date: '2024-01-01', title: 'First'},
        {id: 'b', date: '2024-01-02', title: 'Second'},
        {id: 'c', date: '2024-01-03', title: 'Third', media: {src: 'c.jpg', alt: 'The third event'}},
      ],
    };
    await fetch(`/fault/versioned/set?key=${key}`, {method: 'POST', body: JSON.stringify(body)});
    await waitUntil(() => story.updates.length === 1, 'an update', patiently);
    expect(story.updates[0]).to.deep.equal({added: [], changed: ['c'], removed: []});
  });

  it('a server that fails: a failed check keeps the shown version, and the next version still arrives', async () => {
    const key = uniqueKey();
    const story = await follow(`/fault/versioned?key=${key}`, controller.signal);
    // A 5xx is retried twice inside a check: three failing answers fail one check.
    await fetch(`/fault/versioned/set?key=${key}&fails=3&code=503`);
    await fetch(`/fault/versioned/set?key=${key}&version=2`);
    await waitUntil(() => story.updates.length === 1, 'an update', patiently);
    expect(story.checks.slice(0, 2)).to.deep.equal(['failed', 'new']);
    expect(story.updates[0]).to.deep.equal({added: ['d'], changed: ['b'], removed: ['c']});
  });

  /**
   * From the first failed check on, holds every wait of the polling's kind (80 % of its interval
   * or more) that the browser would keep, so the test, not the clock, decides when the next check
   * runs; a wait the browser fires at once (past 2^31 ms, or not finite) runs as the browser runs
   * it, and shorter ones (the test's own, polling its condition every 10 ms) run as usual.
   */
  function holdWaitsAfterFailure(story: {checks: string[]}) {
    const realSet = window.setTimeout;
    const held: number[] = [];
    window.setTimeout = ((run: () => void, ms = 0, ...rest: unknown[]) => {
      if (story.checks.includes('failed') && ms >= 40 && ms <= 2 ** 31 - 1) return held.push(ms), 0;
      return realSet(run, ms, ...rest);
    }) as typeof setTimeout;
    return {held, restore: () => (window.setTimeout = realSet)};
  }

  for (const [code, retryAfter] of [[503, '3000000'], [429, 'Infinity'], [503, '99999999999999999999']]) {
    it(`a server answering ${code} with Retry-After: ${retryAfter} gets one request, then a wait of ten intervals at most`, async () => {
      const key = uniqueKey();
      const story = await follow(`/fault/versioned?key=${key}`, controller.signal);
      const waits = holdWaitsAfterFailure(story);
      try {
        await fetch(`/fault/versioned/set?key=${key}&fails=1000&code=${code}&retryAfter=${retryAfter}`);
        const failed = () => story.checks.filter((check) => check === 'failed').length;
        // Either the next check is held, or checks follow each other at once: a storm.
        await waitUntil(() => waits.held.length > 0 || failed() > 5, 'a failed check', {interval: 10, timeout: 8000});
        const hits = (await state(key)).hits;
        expect(failed(), 'failed checks').to.equal(1);
        expect(Math.max(...waits.held)).to.be.within(50, 10 * 50);
        expect((await state(key)).hits, 'requests since').to.equal(hits);
      } finally {
        waits.restore();
      }
    });
  }
});
