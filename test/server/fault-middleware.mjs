import {createServer} from 'node:http';
import {Readable} from 'node:stream';

// Test-server routes under /fault/ that misbehave the way real servers do.
// Each request names a `key`, so tests running side by side keep separate counters.
const DATA = 'data/russia-north-korea.en.json';
const hits = new Map();
// When each request of a route and key arrived, to see retries back off.
const times = new Map();
// Whether a request of a route and key carried a Cookie header.
const cookies = new Map();
// Keys whose client went away (an aborted fetch) before the answer was sent.
const abandoned = new Set();
// Answers held until the test releases them: a load that lasts exactly as long as a test needs.
const held = new Map();
const releaseOf = (key) => {
  if (!held.has(key)) {
    let release;
    held.set(key, {released: new Promise((resolve) => (release = resolve)), release});
  }
  return held.get(key);
};

// A second origin that serves timeline JSON without CORS headers, so browsers refuse it.
let secondOrigin;
function startSecondOrigin() {
  secondOrigin ??= new Promise((resolve) => {
    const server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end('{"events": [{"date": "2020", "title": "Not for other origins"}]}');
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/data.json`));
  });
  return secondOrigin;
}

// Timelines that change while a page watches them, for conditional requests and live updates.
// Each key has its own: serial number, body, validators and counters. `version` picks a built-in
// body; the ETag is `"<serial>"` and Last-Modified a minute later per serial, so both change on
// every `set`, even back to a body served before.
const VERSIONS = {
  1: {events: [
    {id: 'a', date: '2024-01-01', title: 'First'},
    {id: 'b', date: '2024-01-02', title: 'Second'},
    {id: 'c', date: '2024-01-03', title: 'Third'},
  ]},
  2: {events: [
    {id: 'a', date: '2024-01-01', title: 'First'},
    {id: 'b', date: '2024-01-02', title: 'Second, updated', text: 'More is known now.'},
    {id: 'd', date: '2024-01-04', title: 'Fourth'},
  ]},
};
const versioned = new Map();
function versionedState(key) {
  if (!versioned.has(key)) {
    versioned.set(key, {serial: 1, body: JSON.stringify(VERSIONS[1]), fails: 0, code: 503, retryAfter: undefined,
      hits: 0, notModified: 0, preflights: 0, requests: []});
  }
  return versioned.get(key);
}
const validatorsOf = (state) => ({
  etag: `"${state.serial}"`,
  lastModified: new Date(Date.UTC(2024, 0, 1) + state.serial * 60_000).toUTCString(),
});
/**
 * One answer of a versioned timeline: `{status, headers, body}`. 304 when If-None-Match names
 * the ETag, or (without If-None-Match) If-Modified-Since is no earlier than Last-Modified,
 * unless `conditional=0`; `cache` sets Cache-Control (default `no-cache`: stored, revalidated).
 */
function answerVersioned(state, query, header) {
  const ifNoneMatch = header('if-none-match');
  const ifModifiedSince = header('if-modified-since');
  state.hits++;
  state.requests.push({ifNoneMatch, ifModifiedSince});
  if (state.fails > 0) {
    state.fails--;
    return {status: state.code, headers: state.retryAfter ? {'retry-after': state.retryAfter} : {}, body: 'try later'};
  }
  const {etag, lastModified} = validatorsOf(state);
  const headers = {etag, 'last-modified': lastModified, 'cache-control': query.cache ?? 'no-cache'};
  const fresh = ifNoneMatch
    ? ifNoneMatch.split(',').some((tag) => ['*', etag, `W/${etag}`].includes(tag.trim()))
    : Boolean(ifModifiedSince) && Date.parse(lastModified) <= Date.parse(ifModifiedSince);
  if (fresh && query.conditional !== '0') {
    state.notModified++;
    return {status: 304, headers, body: null};
  }
  return {status: 200, headers: {...headers, 'content-type': 'application/json'}, body: state.body};
}

// A second origin serving the versioned timelines with CORS (`Access-Control-Allow-Origin: *`),
// exposing the ETag only with `expose=1`; it counts preflights, which cheap polling never needs.
let corsOrigin;
function startCorsOrigin() {
  corsOrigin ??= new Promise((resolve) => {
    const server = createServer((request, response) => {
      const {searchParams} = new URL(request.url, 'http://localhost');
      const query = Object.fromEntries(searchParams);
      const state = versionedState(query.key ?? '');
      response.setHeader('access-control-allow-origin', '*');
      if (request.method === 'OPTIONS') {
        state.preflights++;
        if (query.preflight === 'refuse') return void response.writeHead(403).end();
        response.setHeader('access-control-allow-headers', 'if-none-match, if-modified-since');
        response.writeHead(204).end();
        return;
      }
      if (query.expose === '1') response.setHeader('access-control-expose-headers', 'ETag');
      const {status, headers, body} = answerVersioned(state, query, (name) => request.headers[name]);
      response.writeHead(status, headers).end(body ?? undefined);
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/versioned`));
  });
  return corsOrigin;
}

/** The body of a POST request, as text. */
async function requestBody(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function* trickle() {
  yield '{"events": [';
  for (;;) {
    await sleep(1000);
    yield ' ';
  }
}

function* huge(megabytes) {
  const block = 'x'.repeat(1 << 20);
  yield '{"events": [], "padding": "';
  for (let i = 0; i < megabytes; i++) yield block;
  yield '"}';
}

/** @param {{readFile: (path: string, encoding: string) => Promise<string>}} fs */
export function faultMiddleware({readFile}) {
  return async function fault(ctx, next) {
    if (!ctx.path.startsWith('/fault/')) return next();
    const route = ctx.path.slice('/fault/'.length);
    const query = ctx.query;
    const key = `${route}:${query.key ?? ''}`;
    const hit = (hits.get(key) ?? 0) + 1;
    hits.set(key, hit);
    times.set(key, [...(times.get(key) ?? []), Date.now()]);
    cookies.set(key, Boolean(ctx.get('cookie')));
    const data = () => readFile(query.file ?? DATA, 'utf8');
    ctx.res.on('close', () => {
      if (!ctx.res.writableEnded) abandoned.add(key);
    });
    ctx.set('cache-control', 'no-store');

    switch (route) {
      case 'hits': // how many requests a route and key have had
        ctx.body = String(hits.get(`${query.route}:${query.key ?? ''}`) ?? 0);
        return;
      case 'times': // when each request of a route and key arrived (ms)
        ctx.body = JSON.stringify(times.get(`${query.route}:${query.key ?? ''}`) ?? []);
        return;
      case 'cookie-seen': // whether the last request of a route and key sent cookies
        ctx.body = String(cookies.get(`${query.route}:${query.key ?? ''}`) ?? false);
        return;
      case 'abandoned': // whether the client of a route and key gave up before the answer
        ctx.body = String(abandoned.has(`${query.route}:${query.key ?? ''}`));
        return;
      case 'status': // always this status
        ctx.status = Number(query.code);
        ctx.type = 'text/plain';
        ctx.body = `status ${query.code}`;
        return;
      case 'flaky': // fails `fails` times with `code`, then serves the data
        if (hit <= Number(query.fails ?? 1)) {
          ctx.status = Number(query.code ?? 500);
          if (query.retryAfter) ctx.set('retry-after', query.retryAfter);
          ctx.body = 'try later';
          return;
        }
        ctx.type = 'application/json';
        ctx.body = await data();
        return;
      case 'html': // a login page with status 200
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Sign in</title><form><input name=user></form>';
        return;
      case 'empty':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'truncated': {
        const body = await data();
        ctx.type = 'application/json';
        ctx.body = body.slice(0, Math.floor(body.length / 2));
        return;
      }
      case 'slow': // the data, after `ms` milliseconds
        await sleep(Number(query.ms ?? 1000));
        ctx.type = 'application/json';
        ctx.body = await data();
        return;
      case 'held': // the data, once the test asks for `release` with the same key
        await releaseOf(query.key ?? '').released;
        ctx.type = 'application/json';
        ctx.body = await data();
        return;
      case 'release': // lets the held requests of a key answer, now and from now on
        releaseOf(query.key ?? '').release();
        ctx.body = 'released';
        return;
      case 'bytes': // a file's bytes as they are (the dev server would decode text as UTF-8), as `type`
        ctx.type = query.type ?? 'text/csv';
        ctx.body = await readFile(query.file);
        return;
      case 'bundle-alone/rk-timeline.js': // the bundle copied without the modules beside it
        ctx.type = 'text/javascript';
        ctx.body = await readFile('dist/rk-timeline.js', 'utf8');
        return;
      case 'bundle-alone/page': // a page embedding that bundle: a timeline with tags, one in CSV
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bundle alone</title>
          <script type="module" src="/fault/bundle-alone/rk-timeline.js"></script></head><body>
          <rk-timeline id="tagged" src="/test/fixtures/newsroom.json"></rk-timeline>
          <rk-timeline id="sheet" src="/data/examples/race-to-the-moon.csv"></rk-timeline></body></html>`;
        return;
      case 'json': // any body given in the query, as JSON or as another type
        ctx.type = query.type ?? 'application/json';
        ctx.body = query.body;
        return;
      case 'host-page': // an article page that embeds a timeline, under the CSP given in `csp`,
        // and with `hostLit` a widget of the page's own Lit, loaded first
        ctx.set('content-security-policy', query.csp);
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
          <script type="module" src="/test/fixtures/pages/probe.js"></script>
          ${query.hostLit ? '<script type="module" src="/test/fixtures/pages/host-widget.js"></script>' : ''}
          <script type="module" src="/dist/rk-timeline.js"></script></head>
          <body>${query.hostLit ? '<host-widget></host-widget>' : ''}
          <rk-timeline src="/data/russia-north-korea.en.json"><p id="fallback">See the data</p></rk-timeline></body></html>`;
        return;
      case 'second-origin': // the URL of data on another origin, without CORS
        ctx.body = await startSecondOrigin();
        return;
      case 'trickle': // a valid start, then a byte a second, forever (until the client leaves)
        ctx.type = 'application/json';
        ctx.body = Readable.from(trickle());
        return;
      case 'reset': // the connection is cut without an answer
        ctx.req.socket.destroy();
        return;
      case 'huge': // `mb` megabytes of one JSON string, streamed
        ctx.type = 'application/json';
        ctx.body = Readable.from(huge(Number(query.mb ?? 50)));
        return;
      case 'deep': // arrays nested `depth` deep inside events
        ctx.type = 'application/json';
        ctx.body = `{"events":[${'['.repeat(Number(query.depth))}${']'.repeat(Number(query.depth))}]}`;
        return;
      case 'many': // `count` valid events
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({
          lang: 'en',
          events: Array.from({length: Number(query.count)}, (_, i) => ({date: `${1000 + (i % 9000)}`, title: `Event ${i}`})),
        });
        return;
      case 'versioned': { // a timeline that changes (see VERSIONS), with ETag and Last-Modified
        const {status, headers, body} = answerVersioned(versionedState(query.key ?? ''), query, (name) => ctx.get(name) || undefined);
        ctx.status = status;
        ctx.set(headers);
        ctx.body = body;
        return;
      }
      case 'versioned/set': { // the next version: built-in `version=N`, or the JSON body of a POST;
        // `fails=N` (with `code`, `retryAfter`) makes the next N requests fail instead. Answers
        // the new validators.
        const state = versionedState(query.key ?? '');
        if (query.fails) Object.assign(state, {fails: Number(query.fails), code: Number(query.code ?? 503), retryAfter: query.retryAfter});
        const body = query.version ? JSON.stringify(VERSIONS[query.version]) : ctx.method === 'POST' ? await requestBody(ctx.req) : undefined;
        if (body !== undefined) Object.assign(state, {serial: state.serial + 1, body});
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(validatorsOf(state));
        return;
      }
      case 'versioned/state': { // validators, counters (hits, notModified, preflights) and the
        // conditional headers of each request
        const {serial, body, fails, code, retryAfter, ...counters} = versionedState(query.key ?? '');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({...validatorsOf({serial}), ...counters});
        return;
      }
      case 'redirect': // a 302 to `to`, which may be on another origin
        ctx.redirect(query.to);
        return;
      case 'cors-origin': // the URL of the versioned timelines on a second origin, with CORS
        // (`preflight=refuse`: preflights are refused, as by many servers)
        ctx.body = await startCorsOrigin();
        return;
      default:
        ctx.status = 400;
        ctx.body = `unknown fault route ${route}`;
    }
  };
}
