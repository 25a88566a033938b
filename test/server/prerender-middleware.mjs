import {execFile} from 'node:child_process';
import {readFile, stat} from 'node:fs/promises';

// Test-server routes under /prerender/: an article page holding a snippet made by the built
// command-line tool (`node dist/cli.js render`) from the seed, and the seed as a server with
// validators that counts what it is asked.
const SEED = 'data/russia-north-korea.json';
const requests = new Map();
const snippets = new Map();

/** The snippet and the CSP source of its style, for one list of `render` options. */
function render(args) {
  const key = JSON.stringify(args);
  if (!snippets.has(key)) snippets.set(key, run(args));
  return snippets.get(key);
}

function run(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['dist/cli.js', 'render', SEED, ...args], (error, stdout, stderr) => {
      if (error) reject(new Error(`rk-timeline render ${args.join(' ')}: ${stderr || error.message}`));
      else resolve({snippet: stdout, hash: /'sha256-[\w+/=]+'/.exec(stderr)?.[0]});
    });
  });
}

export function prerenderMiddleware() {
  return async function prerender(ctx, next) {
    if (!ctx.path.startsWith('/prerender/')) return next();
    const route = ctx.path.slice('/prerender/'.length);
    const {query} = ctx;
    ctx.set('cache-control', 'no-store');

    switch (route) {
      // An article with the snippet between two paragraphs. `args`: render's options (JSON array);
      // `csp`: a Content-Security-Policy header, where HASH stands for the style's hash;
      // `module=1`: the page loads the bundle, as a published article does.
      case 'page': {
        const {snippet, hash} = await render(JSON.parse(query.args ?? '[]'));
        if (query.csp) ctx.set('content-security-policy', query.csp.replace('HASH', hash ?? ''));
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Artikel</title>
          ${query.module ? '<script type="module" src="/dist/rk-timeline.js"></script>' : ''}</head>
          <body>
          <h1 id="before">Garis masa</h1>
          <p>Berikut adalah garis waktu peristiwa penting.</p>
          ${snippet}
          <p id="after">Akhir artikel.</p></body></html>`;
        return;
      }
      // The seed with its file's Last-Modified: 304 to a request whose If-Modified-Since is not
      // older. Each `key` keeps its own log.
      case 'data.json': {
        const {mtime} = await stat(SEED);
        const lastModified = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
        const since = Date.parse(ctx.get('if-modified-since'));
        const status = since >= lastModified.getTime() ? 304 : 200;
        const log = requests.get(query.key) ?? [];
        requests.set(query.key, [...log, {status, ifModifiedSince: ctx.get('if-modified-since') || null}]);
        ctx.set('last-modified', lastModified.toUTCString());
        ctx.status = status;
        if (status === 200) {
          ctx.type = 'application/json';
          ctx.body = await readFile(SEED, 'utf8');
        }
        return;
      }
      case 'requests': // what data.json was asked with `key`, and answered
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(requests.get(query.key) ?? []);
        return;
      default:
        return next();
    }
  };
}
