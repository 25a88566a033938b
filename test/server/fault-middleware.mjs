// Test-server routes under /fault/ that misbehave the way real servers do.
// Each request names a `key`, so tests running side by side keep separate counters.
const DATA = 'data/russia-north-korea.en.json';
const hits = new Map();
// Keys whose client went away (an aborted fetch) before the answer was sent.
const abandoned = new Set();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {{readFile: (path: string, encoding: string) => Promise<string>}} fs */
export function faultMiddleware({readFile}) {
  return async function fault(ctx, next) {
    if (!ctx.path.startsWith('/fault/')) return next();
    const route = ctx.path.slice('/fault/'.length);
    const query = ctx.query;
    const key = `${route}:${query.key ?? ''}`;
    const hit = (hits.get(key) ?? 0) + 1;
    hits.set(key, hit);
    const data = () => readFile(query.file ?? DATA, 'utf8');
    ctx.res.on('close', () => {
      if (!ctx.res.writableEnded) abandoned.add(key);
    });
    ctx.set('cache-control', 'no-store');

    switch (route) {
      case 'hits': // how many requests a route and key have had
        ctx.body = String(hits.get(`${query.route}:${query.key ?? ''}`) ?? 0);
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
      case 'json': // any body given in the query, as JSON or as another type
        ctx.type = query.type ?? 'application/json';
        ctx.body = query.body;
        return;
      default:
        ctx.status = 400;
        ctx.body = `unknown fault route ${route}`;
    }
  };
}
