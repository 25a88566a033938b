// A loopback static server for the benchmark. Like a CDN, it gzips text for clients that accept
// it; every body is compressed once at start-up, so no request waits for zlib (no artificial
// latency, and the same cost for every subject). It logs each response's body bytes as sent.
import {readFileSync, readdirSync} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {gzipSync} from 'node:zlib';

const types = {
  '.html': ['text/html; charset=utf-8', 'html'],
  '.js': ['text/javascript; charset=utf-8', 'js'],
  '.css': ['text/css; charset=utf-8', 'css'],
  '.json': ['application/json', 'data'],
  '.svg': ['image/svg+xml', 'font'],
  '.woff2': ['font/woff2', 'font'],
  '.woff': ['font/woff', 'font'],
  '.ttf': ['font/ttf', 'font'],
  '.eot': ['application/vnd.ms-fontobject', 'font'],
};
const compressible = new Set(['html', 'js', 'css', 'data']);

/** Where npm put TimelineJS's built files (dist/js/timeline.js, dist/css/...). */
export function timelineJsDist(root) {
  try {
    return join(dirname(createRequire(join(root, 'package.json')).resolve('@knight-lab/timelinejs/package.json')), 'dist');
  } catch {
    throw new Error('@knight-lab/timelinejs is missing: it is a devDependency, run `npm install`');
  }
}

function entry(path, body) {
  const [type, kind] = types[path.slice(path.lastIndexOf('.'))] ?? ['application/octet-stream', 'other'];
  const buffer = Buffer.from(body);
  return {type, kind, raw: buffer, gz: compressible.has(kind) ? gzipSync(buffer) : null};
}

/**
 * `files`: URL path → contents (generated data and pages). The bundle and TimelineJS's JS, CSS
 * and icon font are read from disk. Resolves to {origin, log, close}; `log` is the array of
 * {path, kind, bytes, gzip} that the runner empties before each page.
 */
export function startServer({root, files}) {
  const tl = timelineJsDist(root);
  const routes = new Map(Object.entries(files).map(([path, body]) => [path, entry(path, body)]));
  const fromDisk = {
    '/dist/rk-timeline.js': join(root, 'dist/rk-timeline.js'),
    '/timelinejs/js/timeline.js': join(tl, 'js/timeline.js'),
    '/timelinejs/css/timeline.css': join(tl, 'css/timeline.css'),
  };
  for (const icon of readdirSync(join(tl, 'css/icons'))) fromDisk[`/timelinejs/css/icons/${icon}`] = join(tl, 'css/icons', icon);
  for (const [path, file] of Object.entries(fromDisk)) routes.set(path, entry(path, readFileSync(file)));

  const log = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const route = routes.get(path);
    if (!route) {
      log.push({path, kind: 'missing', bytes: 0, gzip: false});
      response.writeHead(404).end();
      return;
    }
    const gzip = Boolean(route.gz) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? route.gz : route.raw;
    response.writeHead(200, {
      'content-type': route.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip && {'content-encoding': 'gzip', vary: 'accept-encoding'}),
    });
    response.end(body);
    log.push({path, kind: route.kind, bytes: body.length, gzip});
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({origin, log, close: () => new Promise((done) => server.close(done))});
    });
  });
}
