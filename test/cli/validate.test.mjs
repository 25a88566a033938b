import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {SEED, closedPort, dataServer, fixture, run} from './run.mjs';

describe('rk-timeline validate', () => {
  let server;
  before(async () => (server = await dataServer()));
  after(() => server.close());

  it('passes the seed in every language with exit code 0', async () => {
    const files = ['data/russia-north-korea.json', 'data/russia-north-korea.en.json', 'data/russia-north-korea.ar.json'];
    const {code, stdout, stderr} = await run(['validate', ...files]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, files.map((file) => `${file}: 14 events, no problems\n`).join(''));
    assert.equal(stderr, '');
  });

  it('lists the first 1,000 warnings of a 2 MB file of bad events, and counts the rest', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rk-timeline-'));
    try {
      const file = join(directory, 'bad.json');
      const title = 'T'.repeat(1_000_000);
      await writeFile(file, JSON.stringify([{date: '2019', title, tags: Array(200_000).fill(1)}]));
      const {code, stdout} = await run(['validate', '--json', file]);
      assert.equal(code, 1);
      const {results: [{warnings, events}]} = JSON.parse(stdout);
      assert.equal(events, 1);
      assert.equal(warnings.length, 1001);
      assert.deepEqual(warnings[0], {location: 'events[0].tags[0]', message: `expected text, found 1; ignored (event "${'T'.repeat(56)}...)`});
      assert.deepEqual(warnings[1000], {message: '199000 more warnings not listed'});
    } finally {
      await rm(directory, {recursive: true});
    }
  });

  it('reports an image whose caption stands in for alt text, and one shown as decorative', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rk-timeline-'));
    try {
      const file = join(directory, 'images.json');
      await writeFile(file, JSON.stringify([
        {date: '2019', title: 'Captioned', media: {src: 'a.jpg', caption: 'The summit'}},
        {date: '2020', title: 'Bare', media: {src: 'b.jpg'}},
      ]));
      const {code, stdout} = await run(['validate', '--json', file]);
      assert.equal(code, 1);
      const {results: [{warnings, events}]} = JSON.parse(stdout);
      assert.equal(events, 2);
      assert.deepEqual(warnings, [
        {location: 'events[0].media.alt', message: 'missing; the caption stands in: add alt text describing the image (event "Captioned")'},
        {location: 'events[1].media.alt', message: 'missing; shown as decorative (alt=""): add alt text describing the image (event "Bare")'},
      ]);
    } finally {
      await rm(directory, {recursive: true});
    }
  });

  it('names each warning with its place in the data, and exits 1', async () => {
    const {code, stdout} = await run(['validate', fixture('warnings.json')]);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0], /^test\/fixtures\/cli\/warnings\.json: warning: events\[1\]\.date: "25\/04\/2019" is not an ISO 8601 date .*; event skipped/);
    assert.match(lines[1], /^test\/fixtures\/cli\/warnings\.json: warning: events\[2\]\.links\[0\]\.href: "javascript:alert\(1\)" is not an http\(s\) or relative address; shown as plain text/);
    assert.equal(lines[2], 'test/fixtures/cli/warnings.json: 2 events, 2 warnings');
  });

  it('reads the other formats the element reads, with their own places (CSV rows)', async () => {
    const {code, stdout} = await run(['validate', 'data/examples/race-to-the-moon.csv', 'data/examples/race-to-the-moon.timelinejs.json', '--json']);
    assert.equal(code, 1);
    const [csv, timelineJs] = JSON.parse(stdout).results;
    assert.equal(csv.format, 'csv');
    assert.match(csv.warnings[0].location, /^row \d+/);
    // Columns with a space in their name are part of the place, not of the sentence.
    assert.ok(csv.warnings.some(({location, message}) => location === 'row 10.Alt Text' && message.startsWith('missing')), JSON.stringify(csv.warnings));
    assert.equal(timelineJs.format, 'timelinejs');
    assert.ok(timelineJs.events > 0);
  });

  it('reads a file Excel saved in Windows-1252 with its accents, and says to save it as UTF-8', async () => {
    const {code, stdout} = await run(['validate', 'test/fixtures/corpus/sheet-excel-latin1.csv', '--json']);
    assert.equal(code, 1);
    const [result] = JSON.parse(stdout).results;
    assert.equal(result.events, 4);
    assert.match(result.warnings[0].message, /^the file is not UTF-8: it was read as Windows-1252/);
  });

  it('exits 2 for a missing file, broken JSON and data that is not a timeline, naming each', async () => {
    const {code, stdout} = await run(['validate', 'no/such/file.json', fixture('broken.json'), fixture('not-a-timeline.json')]);
    assert.equal(code, 2);
    assert.equal(
      stdout,
      'no/such/file.json: error: Could not read no/such/file.json: no such file\n' +
        `${fixture('broken.json')}: error: ${fixture('broken.json')} is not valid JSON: ${await jsonError(fixture('broken.json'))}\n` +
        `${fixture('not-a-timeline.json')}: error: Not a timeline: expected {"events": [...]} or an array of events, found no "events"\n`,
    );
  });

  it('reports every input, and exits with the worst outcome', async () => {
    const {code, stdout} = await run(['validate', SEED, fixture('warnings.json'), 'missing.json']);
    assert.equal(code, 2);
    assert.match(stdout, /russia-north-korea\.json: 14 events, no problems/);
    assert.match(stdout, /warnings\.json: 2 events, 2 warnings/);
    assert.match(stdout, /missing\.json: error: Could not read missing\.json: no such file/);
  });

  it('gives machines JSON with --json', async () => {
    const {code, stdout} = await run(['validate', '--json', SEED, fixture('warnings.json'), 'missing.json', fixture('broken.json')]);
    assert.equal(code, 2);
    const {results} = JSON.parse(stdout);
    assert.deepEqual(results[0], {input: SEED, format: 'rk-timeline', events: 14, warnings: [], error: null});
    assert.equal(results[1].events, 2);
    assert.equal(results[1].warnings[0].location, 'events[1].date');
    assert.match(results[1].warnings[0].message, /^"25\/04\/2019" is not an ISO 8601 date/);
    assert.deepEqual(results[2], {
      input: 'missing.json',
      format: null,
      events: null,
      warnings: [],
      error: {kind: 'file', message: 'Could not read missing.json: no such file'},
    });
    assert.equal(results[3].error.kind, 'json');
  });

  it('reads URLs: 0 for good data, 2 with the status for a 404, an HTML page or an unreachable server', async () => {
    const good = await run(['validate', `${server.origin}/seed.json`]);
    assert.equal(good.code, 0, good.stdout);
    assert.equal(good.stdout, `${server.origin}/seed.json: 14 events, no problems\n`);

    const missing = await run(['validate', '--json', `${server.origin}/missing.json`]);
    assert.equal(missing.code, 2);
    assert.deepEqual(JSON.parse(missing.stdout).results[0].error, {
      kind: 'http',
      message: `${server.origin}/missing.json answered HTTP 404 Not Found`,
      status: 404,
    });

    const page = await run(['validate', `${server.origin}/page.html`]);
    assert.equal(page.code, 2);
    assert.match(page.stdout, /page\.html is an HTML page, not JSON: a wrong address, or a login page\?/);

    const unreachable = await closedPort();
    const down = await run(['validate', unreachable]);
    assert.equal(down.code, 2);
    assert.match(down.stdout, new RegExp(`^${escape(unreachable)}: error: Could not reach ${escape(unreachable)}: connect ECONNREFUSED`));
  });

  it('reads standard input as -', async () => {
    const {code, stdout} = await run(['validate', '-'], {stdin: await readFile(SEED, 'utf8')});
    assert.equal(code, 0);
    assert.equal(stdout, '-: 14 events, no problems\n');
  });

  it('reads standard input as it reads a file: Windows-1252 with its accents, and a byte order mark dropped', async () => {
    const sheet = await readFile('test/fixtures/corpus/sheet-excel-latin1.csv');
    const [fromFile, fromStdin] = await Promise.all([
      run(['validate', 'test/fixtures/corpus/sheet-excel-latin1.csv', '--json']),
      run(['validate', '-', '--json'], {stdin: sheet}),
    ]);
    const result = ({stdout}) => ({...JSON.parse(stdout).results[0], input: undefined});
    assert.equal(fromStdin.code, 1);
    assert.deepEqual(result(fromStdin), result(fromFile));
    const withMark = await run(['validate', '-'], {stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(SEED)])});
    assert.equal(withMark.stdout, '-: 14 events, no problems\n');
  });

  it('explains its usage and exits 2 when called wrongly', async () => {
    for (const args of [['validate'], ['validate', '--nope', SEED], ['frobnicate'], ['validate', '--timeout', 'soon', SEED]]) {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^rk-timeline: .+\nRun rk-timeline --help for the commands and options\.\n$/, args.join(' '));
    }
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: rk-timeline <command>/);
  });
});

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What this Node's JSON.parse says about a file, as the tool quotes it. */
async function jsonError(file) {
  try {
    JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return error.message;
  }
  throw new Error(`${file} parses`);
}
