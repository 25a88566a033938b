import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {between, run} from './run.mjs';

// The element's caps (src/limits.ts): 10 MB of data, 10,000 events shown.
const tooLarge = JSON.stringify({events: [{date: '2024', title: 'Long', text: 'a'.repeat(10_500_000)}]});
const inlineJson = (html) => JSON.parse(between(html, /<script type="application\/json"[^>]*>([^]*?)<\/script>/));

describe('the command-line tool holds every input to the element\'s caps', () => {
  let directory;
  before(async () => (directory = await mkdtemp(join(tmpdir(), 'rk-timeline-caps-'))));
  after(() => rm(directory, {recursive: true}));

  it('a local file over the byte cap: an error with its size and the cap, in MB, before it is read', async () => {
    const file = join(directory, 'large.json');
    await writeFile(file, tooLarge);
    for (const command of ['validate', 'render']) {
      const {code, stdout, stderr} = await run([command, file]);
      assert.equal(code, 2, command);
      assert.equal(`${stdout}${stderr}`, `${file}: error: ${file} is 10.5 MB, over the 10 MB cap on a timeline's data\n`, command);
    }
  });

  it('standard input over the byte cap: an error naming the cap', async () => {
    const {code, stdout} = await run(['validate', '-'], {stdin: tooLarge});
    assert.equal(code, 2);
    assert.equal(stdout, `-: error: Standard input is larger than the 10 MB cap on a timeline's data\n`);
  });

  it('render writes no more events than the element shows, in its list and in its data', async () => {
    const file = join(directory, 'many.json');
    const events = Array.from({length: 10_005}, (_, index) => ({id: `e${index}`, date: new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10), title: `Event ${index}`}));
    await writeFile(file, JSON.stringify({lang: 'en', events}));
    const {code, stdout, stderr} = await run(['render', file]);
    assert.equal(code, 1);
    assert.match(stderr, /warning: events: 10005, over the cap; the first 10000 in reading order are shown/);
    assert.equal(stdout.match(/<li part="item"/g).length, 10_000);
    const inline = inlineJson(stdout).events;
    assert.equal(inline.length, 10_000);
    assert.deepEqual([inline[0].id, inline.at(-1).id], ['e0', 'e9999']);
    // Newest first, the newest are shown, and kept.
    const newest = inlineJson((await run(['render', file, '--order', 'newest-first'])).stdout).events;
    assert.deepEqual([newest.length, newest[0].id, newest.at(-1).id], [10_000, 'e5', 'e10004']);
  });
});
