import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {items, nextError, nextLoad, part, release, settled, shadow, uniqueKey} from './helpers.js';
import type {RkTimeline} from '../../src/rk-timeline.js';
import type {TimelineErrorEvent} from '../../src/events.js';
import {patiently} from '../wait.js';

const hits = async (route: string, key: string) => Number(await (await fetch(`/fault/hits?route=${route}&key=${key}`)).text());
const abandoned = async (route: string, key: string) =>
  (await (await fetch(`/fault/abandoned?route=${route}&key=${key}`)).text()) === 'true';

/** Renders a timeline that fails, and returns it with its error event. */
async function failing(src: string) {
  const {element, event} = await settled(html`<rk-timeline lang="en" src=${src}>
    <p><a href="/data/russia-north-korea.en.json">See the timeline data</a></p>
  </rk-timeline>`);
  expect(event.type).to.equal('rk-timeline-error');
  return {element, detail: (event as TimelineErrorEvent).detail};
}

const errorText = (element: RkTimeline) => part(element, 'error')!.textContent!.replace(/\s+/g, ' ').trim();
/** The error box says it failed, in the reader's language, and shows the newsroom the exact cause. */
const expectErrorBox = (element: RkTimeline, cause: RegExp, failed = 'The timeline could not be loaded.') => {
  expect(errorText(element)).to.match(new RegExp(`^${failed} `));
  expect(shadow(element).querySelector('[part~="error"] .detail')!.textContent).to.match(cause);
};

describe('a reader waits for the data', () => {
  it('keeps the page’s fallback visible and the list busy, and announces loading', async () => {
    const key = uniqueKey();
    const element = await fixture<RkTimeline>(html`<rk-timeline lang="en" src="/fault/held?key=${key}">
      <p id="fallback"><a href="/data/russia-north-korea.en.json">See the timeline data</a></p>
    </rk-timeline>`);
    const slot = shadow(element).querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.id)).to.deep.equal(['fallback']);
    expect(element.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(part(element, 'list')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'status')!.textContent).to.equal('Loading the timeline…');
    await expect(element).to.be.accessible();
    const loaded = nextLoad(element);
    await release(key);
    await loaded;
    expect(part(element, 'list')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(element, 'status')!.textContent).to.equal('Timeline loaded: 14 events.');
    expect(element.querySelector('#fallback'), 'the host’s content stays in its DOM').to.exist;
    expect(element.querySelector('#fallback')!.getBoundingClientRect().height).to.equal(0);
  });

  it('shows skeleton rows that reserve space when the page gave no fallback', async () => {
    const key = uniqueKey();
    const element = await fixture<RkTimeline>(html`<rk-timeline lang="en" src="/fault/held?key=${key}"></rk-timeline>`);
    const list = part(element, 'list')!;
    expect(list.children).to.have.length(0);
    expect(list.getBoundingClientRect().height, 'reserves space').to.be.greaterThan(100);
    expect(getComputedStyle(list).backgroundImage, 'draws rows').to.contain('linear-gradient');
    await expect(element).to.be.accessible();
    const loaded = nextLoad(element);
    await release(key);
    await loaded;
    expect(getComputedStyle(list).backgroundImage).to.equal('none');
  });

  it('says so, visibly, when the timeline has no events', async () => {
    const {element} = await settled(html`<rk-timeline lang="id"><script type="application/json">{"events": []}</script></rk-timeline>`);
    const status = part(element, 'status')!;
    expect(status.textContent).to.equal('Garis masa ini belum berisi peristiwa.');
    expect(status.getBoundingClientRect().width).to.be.greaterThan(1);
    await expect(element).to.be.accessible();
  });
});

describe('the data fails, and the reader is told what happened', () => {
  it('404: not found, with a retry button, the status in the event, and no retries', async () => {
    const key = uniqueKey();
    const {element, detail} = await failing(`/fault/status?code=404&key=${key}`);
    expectErrorBox(element, /answered HTTP 404 Not Found$/);
    expect(part(element, 'retry')!.localName).to.equal('button');
    expect(detail.status).to.equal(404);
    expect(detail.kind).to.equal('http');
    expect(detail.url).to.equal(new URL(`/fault/status?code=404&key=${key}`, location.href).href);
    expect(detail.message).to.contain('HTTP 404');
    expect(await hits('status', key)).to.equal(1);
    expect(element.querySelector('a')!.getBoundingClientRect().height, 'fallback shown').to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('500 then success: retried and shown', async () => {
    const key = uniqueKey();
    const {element, event} = await settled(html`<rk-timeline src="/fault/flaky?fails=1&code=500&key=${key}"></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
    expect(items(element)).to.have.length(14);
    expect(await hits('flaky', key)).to.equal(2);
  });

  it('503 every time: retried a bounded number of times, then an error naming the status', async () => {
    const key = uniqueKey();
    const {element, detail} = await failing(`/fault/flaky?fails=99&code=503&key=${key}`);
    expect(await hits('flaky', key)).to.equal(3);
    expect(detail.status).to.equal(503);
    expectErrorBox(element, /answered HTTP 503/);
  });

  it('429 with Retry-After: waits as asked, then shows the data', async () => {
    const key = uniqueKey();
    const {event} = await settled(html`<rk-timeline src="/fault/flaky?fails=1&code=429&retryAfter=2&key=${key}"></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
    // When the server saw each request: a lower bound only, which a slow machine cannot break.
    // Two seconds, beyond the backoff's own (at most 625 ms after a first failure).
    const [first, second] = await (await fetch(`/fault/times?route=flaky&key=${key}`)).json();
    expect(second - first, 'milliseconds between the 429 and the retry').to.be.at.least(2000);
  });

  it('an HTML login page: says it got a web page', async () => {
    const {element, detail} = await failing(`/fault/html?key=${uniqueKey()}`);
    expect(detail.kind).to.equal('html');
    expectErrorBox(element, /is an HTML page, not JSON: a wrong address, or a login page\?$/);
  });

  it('an empty body: says the file is empty', async () => {
    const {element, detail} = await failing(`/fault/empty?key=${uniqueKey()}`);
    expect(detail.kind).to.equal('empty');
    expectErrorBox(element, /is empty$/);
  });

  it('truncated JSON: says the file is damaged, and why in the detail', async () => {
    const {element, detail} = await failing(`/fault/truncated?key=${uniqueKey()}`);
    expect(detail.kind).to.equal('json');
    expect(detail.message).to.contain('is not valid JSON');
    expectErrorBox(element, /is not valid JSON: /);
  });

  it('JSON that is not a timeline: says so', async () => {
    const {element, detail} = await failing(`/fault/json?body=${encodeURIComponent('{"items": []}')}&key=${uniqueKey()}`);
    expect(detail.kind).to.equal('format');
    expect(detail.message).to.equal('Not a timeline: expected {"events": [...]} or an array of events, found no "events"');
    expectErrorBox(element, /^Not a timeline: /);
  });

  it('a bug, not bad data: its stack in the console, kind "internal" in the event, and the calm box', async () => {
    // A getter that throws stands in for any bug: the reader trips on something that is not a TimelineError.
    const bug = new TypeError('poisoned getter');
    const poisoned = {
      get events(): unknown {
        throw bug;
      },
    };
    const logged: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void logged.push(...args);
    try {
      const {element, event} = await settled(html`<rk-timeline lang="en" .data=${poisoned}></rk-timeline>`);
      const {detail} = event as TimelineErrorEvent;
      expect(detail.kind).to.equal('internal');
      expect(detail.message).to.equal('A bug in rk-timeline: TypeError: poisoned getter');
      // The error itself, which a console shows with its stack.
      expect(logged, 'the bug is logged').to.include(bug);
      expectErrorBox(element, /^A bug in rk-timeline: TypeError: poisoned getter$/);
      await expect(element).to.be.accessible();
    } finally {
      console.error = log;
    }
  });

  it('a hung server: a timeout ends the request with its own message', async () => {
    const {element, event} = await settled(html`<rk-timeline lang="en" timeout="300" src="/fault/slow?ms=3000&key=${uniqueKey()}"></rk-timeline>`);
    expect((event as TimelineErrorEvent).detail.kind).to.equal('timeout');
    expectErrorBox(element, /did not answer within 0.3 s$/);
  });

  it('a src that is not a web address: no request, and an error', async () => {
    const {element, detail} = await failing('javascript:alert(1)');
    expect(detail.kind).to.equal('address');
    expectErrorBox(element, /^src "javascript:alert\(1\)" is not an http\(s\) address; nothing was requested$/);
  });

  it('shows the error in the reader’s language', async () => {
    const {element} = await settled(html`<rk-timeline lang="ar" src="/fault/status?code=404&key=${uniqueKey()}"></rk-timeline>`);
    expectErrorBox(element, /HTTP 404/, 'تعذّر تحميل الخط الزمني.');
    expect(part(element, 'retry')!.textContent).to.equal('إعادة المحاولة');
    expect(shadow(element).querySelector('.timeline')!.getAttribute('dir')).to.equal('rtl');
  });

  it('the retry button loads again once the server has recovered', async () => {
    const key = uniqueKey();
    const {element} = await failing(`/fault/flaky?fails=3&code=500&key=${key}`);
    part(element, 'retry')!.click();
    await nextLoad(element);
    expect(items(element)).to.have.length(14);
    expect(part(element, 'error')).to.equal(null);
  });
});

describe('the page changes its mind', () => {
  it('src changed while a slow load runs: only the newest data is shown, the old request aborted', async () => {
    const key = uniqueKey();
    const element = await fixture<RkTimeline>(html`<rk-timeline src="/fault/held?key=${key}"></rk-timeline>`);
    const loads: string[] = [];
    const heard = (event: Event) => loads.push((event as TimelineErrorEvent).detail.url ?? event.type);
    element.addEventListener('rk-timeline-load', heard);
    element.addEventListener('rk-timeline-error', heard);
    await waitUntil(async () => (await hits('held', key)) === 1, 'the first request is on its way', patiently);
    element.src = '/data/russia-north-korea.json';
    await nextLoad(element);
    await waitUntil(() => abandoned('held', key), 'the old request was aborted', patiently);
    // The old answer, sent now, finds its request aborted: nothing of it can arrive any more.
    await release(key);
    expect(loads).to.deep.equal([new URL('/data/russia-north-korea.json', location.href).href]);
    expect(part(element, 'title')!.textContent).to.contain('Putin mengunjungi');
  });

  it('removed mid-load: no event afterwards, and a reconnected element loads again', async () => {
    const key = uniqueKey();
    const element = await fixture<RkTimeline>(html`<rk-timeline src="/fault/held?key=${key}"></rk-timeline>`);
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type);
    element.addEventListener('rk-timeline-load', listen);
    element.addEventListener('rk-timeline-error', listen);
    await waitUntil(async () => (await hits('held', key)) === 1, 'the request is on its way', patiently);
    const parent = element.parentNode!;
    element.remove();
    // Aborted while still held: released first, the answer could beat the abort to the server.
    await waitUntil(() => abandoned('held', key), 'the request was aborted', patiently);
    await release(key);
    expect(heard).to.deep.equal([]);
    parent.appendChild(element);
    await waitUntil(() => heard.length > 0, 'loads after reconnecting', patiently);
    expect(heard).to.deep.equal(['rk-timeline-load']);
  });

  it('an error event carries detail and bubbles out of shadow roots', async () => {
    const element = await fixture<RkTimeline>(html`<rk-timeline></rk-timeline>`);
    element.src = `/fault/status?code=410&key=${uniqueKey()}`;
    const event = await nextError(element);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.status).to.equal(410);
  });
});

describe('the page loads, fails and loads again', () => {
  it('a failed reload shows no stale events, and the fallback is back', async () => {
    const {element} = await settled(html`<rk-timeline lang="en" src="/data/russia-north-korea.en.json">
      <p id="fallback">See the data</p>
    </rk-timeline>`);
    element.src = `/fault/status?code=404&key=${uniqueKey()}`;
    await nextError(element);
    expect(items(element)).to.have.length(0);
    expect(shadow(element).querySelector('slot')!.assignedElements()[0].id).to.equal('fallback');
    expect(part(element, 'list')).to.equal(null);
  });

  it('an emptied src returns to the fallback, with nothing stale', async () => {
    const {element} = await settled(html`<rk-timeline src="/data/russia-north-korea.en.json"><p>See the data</p></rk-timeline>`);
    element.src = '';
    await element.updateComplete;
    await element.updateComplete;
    expect(items(element)).to.have.length(0);
    expect(shadow(element).querySelector('slot')).to.exist;
  });

  it('a slow request is aborted, not just ignored, when src changes', async () => {
    const key = uniqueKey();
    const element = await fixture<RkTimeline>(html`<rk-timeline src="/fault/held?key=${key}"></rk-timeline>`);
    await waitUntil(async () => (await hits('held', key)) === 1, undefined, patiently);
    element.src = '/data/russia-north-korea.en.json';
    await nextLoad(element);
    await waitUntil(() => abandoned('held', key), 'the old request was aborted', patiently);
    await release(key);
  });

  it('removed while waiting to retry: no more requests', async () => {
    // Both are asked to wait one second. Timers of equal delay fire in the order they were set,
    // so once the one that stays has retried, the removed one's retry would have been sent.
    const failing = (key: string) => `/fault/flaky?fails=99&code=503&retryAfter=1&key=${key}`;
    const [removed, staying] = [uniqueKey(), uniqueKey()];
    const element = await fixture<RkTimeline>(html`<rk-timeline src=${failing(removed)}></rk-timeline>`);
    await waitUntil(async () => (await hits('flaky', removed)) === 1, undefined, patiently);
    element.remove();
    await fixture(html`<rk-timeline src=${failing(staying)}></rk-timeline>`);
    await waitUntil(async () => (await hits('flaky', staying)) === 2, 'the timeline that stays retries', patiently);
    expect(await hits('flaky', removed)).to.equal(1);
  });

  it('shows the fallback instead of skeleton rows when the page gave one', async () => {
    const key = uniqueKey();
    const element = await fixture<RkTimeline>(html`<rk-timeline src="/fault/held?key=${key}"><p>See the data</p></rk-timeline>`);
    await element.updateComplete;
    expect(part(element, 'list')!.getBoundingClientRect().height).to.equal(0);
    const loaded = nextLoad(element);
    await release(key);
    await loaded;
  });

  it('reads JSON that a CMS serves as text/html', async () => {
    const body = encodeURIComponent('[{"date": "2020", "title": "Served as HTML"}]');
    const response = `/fault/json?body=${body}&type=html&key=${uniqueKey()}`;
    const {element, event} = await settled(html`<rk-timeline src=${response}></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
    expect(items(element)).to.have.length(1);
  });

  it('uses the default timeout when the timeout attribute is not a positive number', async () => {
    const {event} = await settled(html`<rk-timeline timeout="abc" src="/fault/slow?ms=300&key=${uniqueKey()}"></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
  });

  it('accepts a protocol-relative src, which the embedder wrote', async () => {
    const {event} = await settled(html`<rk-timeline src="//${location.host}/data/russia-north-korea.en.json"></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
  });

  it('changing src while data is set does not load again', async () => {
    const {element} = await settled(html`<rk-timeline .data=${[{date: '2020', title: 'Data wins'}]}></rk-timeline>`);
    let loads = 0;
    element.addEventListener('rk-timeline-load', () => loads++);
    const key = uniqueKey();
    element.src = `/fault/flaky?fails=0&key=${key}`;
    await element.updateComplete;
    // A load would have sent its request by now, ahead of this question to the server.
    expect(await hits('flaky', key)).to.equal(0);
    expect(loads).to.equal(0);
    expect(items(element)).to.have.length(1);
  });

  it('announces inline data through a status region that was already there', async () => {
    const element = document.createElement('rk-timeline');
    element.lang = 'en';
    element.innerHTML = '<script type="application/json">[{"date": "2020", "title": "A"}]</script>';
    document.body.append(element);
    const seen: string[] = [];
    new MutationObserver(() => {
      const status = part(element, 'status');
      if (status && seen.at(-1) !== status.textContent) seen.push(status.textContent!);
    }).observe(shadow(element), {subtree: true, childList: true, characterData: true});
    await nextLoad(element);
    element.remove();
    expect(seen).to.deep.equal(['Loading the timeline…', 'Timeline loaded: 1 event.']);
  });
});
