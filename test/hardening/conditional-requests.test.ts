import {expect} from '@open-wc/testing';
import {uniqueKey} from '../element/helpers.js';
import {itIn} from '../engine.js';
import {fetchTimeline, type FetchOptions, type FetchedTimeline, type Validators} from '../../src/load/fetch-timeline.js';
import {fetchTimelineShared} from '../../src/load/share-request.js';
import {TimelineError} from '../../src/timeline-error.js';

interface VersionedState extends Validators {
  hits: number;
  notModified: number;
  preflights: number;
  requests: {ifNoneMatch?: string; ifModifiedSince?: string}[];
}

const options = (more: Partial<FetchOptions> = {}): FetchOptions => ({
  signal: new AbortController().signal,
  timeout: 5000,
  maxBytes: 1 << 20,
  credentials: 'omit',
  ...more,
});
const state = async (key: string): Promise<VersionedState> => (await fetch(`/fault/versioned/state?key=${key}`)).json();
const publish = async (key: string, query: string): Promise<Validators> =>
  (await fetch(`/fault/versioned/set?key=${key}&${query}`)).json();
const titles = (result?: FetchedTimeline) =>
  result ? (JSON.parse(result.text) as {events: {title: string}[]}).events.map((event) => event.title) : 'not modified';

describe('a re-check of unchanged data costs a 304', () => {
  it('returns the JSON with the ETag and Last-Modified the server sent', async () => {
    const key = uniqueKey();
    const result = await fetchTimeline(`/fault/versioned?key=${key}`, options());
    const {etag, lastModified} = await state(key);
    expect(result!.validators).to.deep.equal({etag, lastModified});
    expect(titles(result)).to.deep.equal(['First', 'Second', 'Third']);
  });

  it('an unchanged file answers 304: the caller is told, and nothing is read', async () => {
    const key = uniqueKey();
    const url = `/fault/versioned?key=${key}`;
    const {validators} = (await fetchTimeline(url, options()))!;
    expect(await fetchTimeline(url, options({validators}))).to.equal(undefined);
    const {notModified, requests} = await state(key);
    expect(notModified).to.equal(1);
    expect(requests[1]).to.deep.equal({ifNoneMatch: validators.etag, ifModifiedSince: validators.lastModified});
  });

  it('a changed file brings the new JSON and its new validators', async () => {
    const key = uniqueKey();
    const url = `/fault/versioned?key=${key}`;
    const first = (await fetchTimeline(url, options()))!;
    const published = await publish(key, 'version=2');
    const second = await fetchTimeline(url, options({validators: first.validators}));
    expect(titles(second)).to.deep.equal(['First', 'Second, updated', 'Fourth']);
    expect(second!.validators).to.deep.equal(published);
    expect(second!.validators.etag).not.to.equal(first.validators.etag);
  });

  it('Last-Modified alone makes the request conditional', async () => {
    const key = uniqueKey();
    const {lastModified} = await state(key);
    expect(await fetchTimeline(`/fault/versioned?key=${key}`, options({validators: {lastModified}}))).to.equal(undefined);
    expect((await state(key)).requests[0]).to.deep.equal({ifModifiedSince: lastModified});
  });

  it('inline data rendered with the current ETag: one request, a 304, nothing downloaded', async () => {
    const key = uniqueKey();
    const {etag} = await state(key); // what a pre-rendered snippet would carry
    expect(await fetchTimeline(`/fault/versioned?key=${key}`, options({validators: {etag}}))).to.equal(undefined);
    const {hits, notModified} = await state(key);
    expect({hits, notModified}).to.deep.equal({hits: 1, notModified: 1});
  });

  it('a server that ignores If-None-Match: its full answer is read, as new', async () => {
    const key = uniqueKey();
    const url = `/fault/versioned?key=${key}&conditional=0`;
    const {validators} = (await fetchTimeline(url, options()))!;
    const again = await fetchTimeline(url, options({validators}));
    expect(titles(again)).to.deep.equal(['First', 'Second', 'Third']);
    expect(again!.validators).to.deep.equal(validators);
  });

  it('a first load is unconditional even when the browser has a copy', async () => {
    const key = uniqueKey();
    const url = `/fault/versioned?key=${key}`;
    await fetchTimeline(url, options());
    const result = await fetchTimeline(url, options());
    expect(titles(result)).to.deep.equal(['First', 'Second', 'Third']);
  });
});

describe('a re-check that fails', () => {
  it('a 503 is retried, then the 304 comes', async () => {
    const key = uniqueKey();
    const url = `/fault/versioned?key=${key}`;
    const {validators} = (await fetchTimeline(url, options()))!;
    await publish(key, 'fails=1&code=503');
    expect(await fetchTimeline(url, options({validators}))).to.equal(undefined);
    expect((await state(key)).hits).to.equal(3);
  });

  it('errors fail the re-check as they fail a load: a 403 at once', async () => {
    const key = uniqueKey();
    const url = `/fault/versioned?key=${key}`;
    const {validators} = (await fetchTimeline(url, options()))!;
    await publish(key, 'fails=1&code=403');
    const error = await fetchTimeline(url, options({validators})).catch((caught) => caught);
    expect(error).to.be.instanceOf(TimelineError).and.include({kind: 'http', status: 403});
  });
});

describe('timelines on one page share a re-check', () => {
  it('callers with the same validators share one request; other validators get their own', async () => {
    const key = uniqueKey();
    const url = `/fault/versioned?key=${key}`;
    const {validators} = (await fetchTimeline(url, options()))!;
    const results = await Promise.all([
      fetchTimelineShared(url, options({validators})),
      fetchTimelineShared(url, options({validators})),
      fetchTimelineShared(url, options({validators: {}})),
    ]);
    expect(results.map((result) => result === undefined)).to.deep.equal([true, true, false]);
    expect((await state(key)).hits).to.equal(3);
  });
});

describe('another origin serves the data with CORS', () => {
  const corsUrl = async (key: string, query = '') => `${await (await fetch('/fault/cors-origin')).text()}?key=${key}${query}`;

  it('exposing ETag: both validators are read', async () => {
    const key = uniqueKey();
    const result = await fetchTimeline(await corsUrl(key, '&expose=1'), options());
    const {etag, lastModified} = await state(key);
    expect(result!.validators).to.deep.equal({etag, lastModified});
  });

  it('not exposing ETag: only Last-Modified, a CORS-safelisted header, is read', async () => {
    const key = uniqueKey();
    const result = await fetchTimeline(await corsUrl(key), options());
    const {lastModified} = await state(key);
    expect(result!.validators).to.deep.equal({etag: undefined, lastModified});
  });

  it('re-checks send no preflight, and bring the data', async () => {
    const key = uniqueKey();
    const url = await corsUrl(key, '&expose=1');
    const {validators} = (await fetchTimeline(url, options()))!;
    for (let i = 0; i < 3; i++) {
      const result = await fetchTimeline(url, options({validators}));
      expect(titles(result)).to.deep.equal(['First', 'Second', 'Third']);
      expect(result!.validators).to.deep.equal(validators);
    }
    const {preflights, hits} = await state(key);
    expect({preflights, hits}).to.deep.equal({preflights: 0, hits: 4});
  });

  // These lean on the browser's HTTP cache, which WebKit's MiniBrowser under WebDriver does not keep.
  const withCache = itIn(['chromium', 'firefox'], 'the WebDriver MiniBrowser keeps no HTTP cache');

  withCache('a re-check has the browser revalidate its copy: the server answers 304', async () => {
    const key = uniqueKey();
    const url = await corsUrl(key, '&expose=1');
    const {validators} = (await fetchTimeline(url, options()))!;
    const again = await fetchTimeline(url, options({validators}));
    expect(titles(again), 'the copy from the browser cache').to.deep.equal(['First', 'Second', 'Third']);
    const {notModified, requests} = await state(key);
    expect(notModified).to.equal(1);
    // The browser sent the validators itself.
    expect(requests[1].ifNoneMatch).to.equal(validators.etag);
  });

  it('a changed file on another origin: the new JSON, past the browser’s copy', async () => {
    const key = uniqueKey();
    const url = await corsUrl(key, '&expose=1');
    const first = (await fetchTimeline(url, options()))!;
    const published = await publish(key, 'version=2');
    const second = await fetchTimeline(url, options({validators: first.validators}));
    expect(titles(second)).to.deep.equal(['First', 'Second, updated', 'Fourth']);
    expect(second!.validators).to.deep.equal(published);
  });

  withCache('a re-check looks past the browser’s fresh copy on another origin; a first load takes it', async () => {
    const key = uniqueKey();
    const url = await corsUrl(key, '&expose=1&cache=max-age%3D60');
    await fetchTimeline(url, options());
    await publish(key, 'version=2');
    expect(titles(await fetchTimeline(url, options()))).to.include('Third');
    expect(titles(await fetchTimeline(url, options({validators: {}})))).to.include('Fourth');
    expect((await state(key)).hits).to.equal(2);
  });
});

describe('the data\'s same-origin address redirects to another origin', () => {
  // That origin refuses preflights, as many do: a conditional header sent there fails the check.
  const redirecting = async (key: string) => {
    const target = `${await (await fetch('/fault/cors-origin')).text()}?key=${key}&expose=1&preflight=refuse`;
    return new URL(`/fault/redirect?to=${encodeURIComponent(target)}`, location.href).href;
  };

  it('re-checks it as another origin: no preflight, and the new version arrives', async () => {
    const key = uniqueKey();
    const url = await redirecting(key);
    const first = (await fetchTimeline(url, options()))!;
    expect(titles(first)).to.deep.equal(['First', 'Second', 'Third']);
    await publish(key, 'version=2');
    const second = await fetchTimeline(url, options({validators: first.validators}));
    expect(titles(second)).to.deep.equal(['First', 'Second, updated', 'Fourth']);
    expect((await state(key)).preflights).to.equal(0);
  });

  it('a pre-rendered snippet\'s validators, sent once, do not stop the check: the next attempt sends none', async () => {
    const key = uniqueKey();
    const url = await redirecting(key);
    await publish(key, 'version=2');
    const checked = await fetchTimeline(url, options({validators: {etag: '"1"'}}));
    expect(titles(checked)).to.deep.equal(['First', 'Second, updated', 'Fourth']);
  });
});
