import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {items, nextLoad, part, release, settled, uniqueKey} from '../element/helpers.js';
import type {RkTimeline} from '../../src/rk-timeline.js';
import type {TimelineErrorEvent} from '../../src/events.js';
import {patiently} from '../wait.js';

const ask = async (what: string, route: string, key: string) =>
  (await fetch(`/fault/${what}?route=${route}&key=${key}`)).text();
const detail = (event: Event) => (event as TimelineErrorEvent).detail;

describe('a broken network ends in a clear state', () => {
  it('410 Gone: an error naming the status, and no retries', async () => {
    const key = uniqueKey();
    const {event} = await settled(html`<rk-timeline src="/fault/status?code=410&key=${key}"></rk-timeline>`);
    expect(detail(event)).to.include({kind: 'http', status: 410});
    expect(await ask('hits', 'status', key)).to.equal('1');
  });

  it('503 then success: retried and shown', async () => {
    const key = uniqueKey();
    const {element} = await settled(html`<rk-timeline src="/fault/flaky?fails=1&code=503&key=${key}"></rk-timeline>`);
    expect(items(element)).to.have.length(14);
    expect(await ask('hits', 'flaky', key)).to.equal('2');
  });

  it('304 Not Modified to a first load (a proxy\'s fault): an error that says so, not a TypeError', async () => {
    const {event} = await settled(html`<rk-timeline src="/fault/status?code=304&key=${uniqueKey()}"></rk-timeline>`);
    expect(detail(event)).to.include({kind: 'http', status: 304});
    expect(detail(event).message).to.match(/answered HTTP 304 Not Modified to a first request/);
  });

  it('a fetch polyfill whose answers have no body stream: the text is read all the same, within the byte cap', async () => {
    const realFetch = window.fetch;
    // As whatwg-fetch answers: status, headers and text(), but no ReadableStream.
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await realFetch(...args);
      const {ok, status, statusText, headers, url, redirected} = response;
      return {ok, status, statusText, headers, url, redirected, body: null, text: () => response.text()} as unknown as Response;
    };
    const RkTimeline = await customElements.whenDefined('rk-timeline') as unknown as {limits: {bytes: number}};
    const bytes = RkTimeline.limits.bytes;
    try {
      const {element} = await settled(html`<rk-timeline src="/fault/flaky?fails=0&key=${uniqueKey()}"></rk-timeline>`);
      expect(items(element)).to.have.length(14);
      RkTimeline.limits.bytes = 1000;
      const {event} = await settled(html`<rk-timeline src="/fault/flaky?fails=0&key=${uniqueKey()}"></rk-timeline>`);
      expect(detail(event).kind).to.equal('size');
    } finally {
      window.fetch = realFetch;
      RkTimeline.limits.bytes = bytes;
    }
  });

  it('204 No Content: the data is empty', async () => {
    const {event} = await settled(html`<rk-timeline src="/fault/status?code=204&key=${uniqueKey()}"></rk-timeline>`);
    expect(detail(event).kind).to.equal('empty');
  });

  it('JSON served as text/plain: shown', async () => {
    const body = encodeURIComponent('{"events": [{"date": "2020", "title": "Plain"}]}');
    const {element} = await settled(html`<rk-timeline src="/fault/json?type=text/plain&body=${body}&key=${uniqueKey()}"></rk-timeline>`);
    expect(items(element)).to.have.length(1);
  });

  it('a body that trickles forever: the timeout ends it', async () => {
    const {event} = await settled(html`<rk-timeline timeout="1500" src="/fault/trickle?key=${uniqueKey()}"></rk-timeline>`);
    expect(detail(event).kind).to.equal('timeout');
  });

  it('a connection reset: retried, then a network error', async () => {
    const key = uniqueKey();
    const {event} = await settled(html`<rk-timeline src="/fault/reset?key=${key}"></rk-timeline>`);
    expect(detail(event).kind).to.equal('network');
    // Three of ours at least; Firefox and WebKit also retry a reset GET inside their network stack.
    expect(Number(await ask('hits', 'reset', key))).to.be.at.least(3);
  });

  it('a second origin without CORS: a network error, and no data leaks into the page', async () => {
    const url = await (await fetch('/fault/second-origin')).text();
    const {element, event} = await settled(html`<rk-timeline src=${url}></rk-timeline>`);
    expect(detail(event)).to.include({kind: 'network', url});
    expect(items(element)).to.have.length(0);
  });

  it('retries are bounded and back off', async () => {
    const key = uniqueKey();
    await settled(html`<rk-timeline src="/fault/flaky?fails=99&code=500&key=${key}"></rk-timeline>`);
    const times: number[] = JSON.parse(await ask('times', 'flaky', key));
    expect(times).to.have.length(3);
    const [first, second] = [times[1] - times[0], times[2] - times[1]];
    // Lower bounds only, which a slow machine cannot break: the first wait is 500 ms less a
    // quarter at most, the second twice that.
    expect(first).to.be.at.least(350);
    expect(second).to.be.at.least(700);
  });
});

describe('the page changes the source under a load', () => {
  it('src A → B → C with A slowest: only C is shown, A and B are aborted', async () => {
    const [a, b] = [uniqueKey(), uniqueKey()];
    const element = await fixture<RkTimeline>(html`<rk-timeline src="/fault/held?key=${a}"></rk-timeline>`);
    const loads: string[] = [];
    const heard = (event: Event) => loads.push((event as TimelineErrorEvent).detail.url ?? event.type);
    element.addEventListener('rk-timeline-load', heard);
    element.addEventListener('rk-timeline-error', heard);
    await waitUntil(async () => (await ask('hits', 'held', a)) === '1', undefined, patiently);
    element.src = `/fault/held?key=${b}`;
    await waitUntil(async () => (await ask('hits', 'held', b)) === '1', undefined, patiently);
    element.src = '/data/russia-north-korea.json';
    await nextLoad(element);
    await waitUntil(async () => (await ask('abandoned', 'held', a)) === 'true', 'A aborted', patiently);
    await waitUntil(async () => (await ask('abandoned', 'held', b)) === 'true', 'B aborted', patiently);
    // The old answers, sent now, find their requests aborted: nothing of them can arrive any more.
    await Promise.all([release(a), release(b)]);
    expect(loads).to.deep.equal([new URL('/data/russia-north-korea.json', location.href).href]);
    expect(part(element, 'title')!.textContent).to.contain('Putin mengunjungi');
  });

  it('removed mid-load: the request is aborted and no event follows', async () => {
    const key = uniqueKey();
    const element = await fixture<RkTimeline>(html`<rk-timeline src="/fault/held?key=${key}"></rk-timeline>`);
    const heard: string[] = [];
    element.addEventListener('rk-timeline-load', () => heard.push('load'));
    element.addEventListener('rk-timeline-error', () => heard.push('error'));
    await waitUntil(async () => (await ask('hits', 'held', key)) === '1', undefined, patiently);
    element.remove();
    // Aborted while still held: released first, the answer could beat the abort to the server.
    await waitUntil(async () => (await ask('abandoned', 'held', key)) === 'true', 'aborted', patiently);
    await release(key);
    expect(heard).to.deep.equal([]);
  });

  it('an empty src or a javascript: src makes no request', async () => {
    const listed = () => performance.getEntriesByType('resource').map((entry) => entry.name);
    // The browser lists 250 requests at most: earlier tests' would leave no room for these. A
    // request of ours, listed, means every earlier answer is listed too: then the list is cleared.
    const settledBefore = `/fault/hits?route=marker&key=${uniqueKey()}`;
    await (await fetch(settledBefore)).text();
    await waitUntil(() => listed().some((name) => name.endsWith(settledBefore)), 'earlier requests are listed', patiently);
    performance.clearResourceTimings();
    const empty = await fixture<RkTimeline>(html`<rk-timeline src=""><p>Fallback</p></rk-timeline>`);
    const {event} = await settled(html`<rk-timeline src="javascript:fetch('/fault/hits?route=pwned')"></rk-timeline>`);
    await empty.updateComplete;
    // A request of ours after theirs: once it is listed, one of theirs would be too.
    const marker = `/fault/hits?route=marker&key=${uniqueKey()}`;
    await (await fetch(marker)).text();
    await waitUntil(() => listed().some((name) => name.endsWith(marker)), 'our own request is listed', patiently);
    expect(detail(event).kind).to.equal('address');
    expect(empty.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    const requests = listed().filter((name) => !name.endsWith(marker));
    expect(requests.filter((name) => !name.includes('/__web-dev-server') && !name.endsWith('.js'))).to.deep.equal([]);
  });
});
