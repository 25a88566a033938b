import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, it} from 'node:test';
import {parseTimeline} from '../../dist/lib/data/parse-timeline.js';
import {SEED, between, run, sha256} from './run.mjs';

// The demo article carries a snippet made by `npm run demo:snippet`: it must match the data and
// the element's styles of today, or its static copy would differ from what the element shows.
describe('the demo article’s pre-rendered timeline', () => {
  it('is current: regenerate it with npm run demo:snippet when this fails', async () => {
    const page = await readFile('demo/index.html', 'utf8');
    const snippet = between(page, /(<rk-timeline\b[^]*?<\/rk-timeline>)/);
    const style = between(snippet, /<style>([^]*?)<\/style>/);
    const {stdout: css} = await run(['css']);
    assert.equal(style.trimStart(), css, 'the style is the element’s stylesheet of today');
    const {stdout: hash} = await run(['css', '--hash']);
    assert.equal(sha256(style), hash.trim());
    assert.match(page, new RegExp(`<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self' ${hash.trim().replace(/[+/]/g, '\\$&')}`));
    const inline = JSON.parse(between(snippet, /<script type="application\/json"[^>]*>([^]*?)<\/script>/));
    const base = 'https://page.example/';
    assert.deepEqual(parseTimeline(inline, base).timeline, parseTimeline(JSON.parse(await readFile(SEED, 'utf8')), base).timeline, 'the data is the seed of today');
    assert.equal(snippet.match(/<li part="item"/g).length, 14);
  });
});
