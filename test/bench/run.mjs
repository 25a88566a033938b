// `npm run bench [-- --rounds N --sizes 15,1000,10000]`: rk-timeline, TimelineJS and static HTML
// side by side in headless Chromium, everything served from loopback. Prints the table and
// writes results.json (every run, the medians, the machine) and results.md (quoted in docs/performance.md by `npm run docs`).
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {dataRequests, everyEventFindable} from './checks.mjs';
import {makeEvents} from './events.mjs';
import {rkJson, staticList, timelineJsJson} from './formats.mjs';
import {measure, viewport} from './measure.mjs';
import {rkPage, rkPageWithFallback, staticPage, timelineJsPage} from './pages.mjs';
import {markdown, ratios, subjects, summarize} from './report.mjs';
import {startServer, timelineJsDist} from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const {values: args} = parseArgs({options: {rounds: {type: 'string', default: '5'}, sizes: {type: 'string', default: '15,1000,10000'}}});
const rounds = Number(args.rounds);
const sizes = args.sizes.split(',').map(Number);
if (!(rounds >= 1) || !sizes.every((size) => size >= 1)) throw new Error('--rounds takes a number ≥ 1, --sizes a list like 15,1000');
if (!existsSync(join(root, 'dist/rk-timeline.js'))) throw new Error('dist/rk-timeline.js is missing: run `npm run build` first');

// TimelineJS at 10,000 events takes seconds on two cores: generous, but a hang must end.
const timeoutMs = {rk: 30_000, timelinejs: 120_000, static: 30_000};
const sharedCopies = 3;
const started = Date.now();
const progress = (line) => process.stderr.write(`${line}\n`);

// Every size's data and pages, in each subject's own format, served from memory.
const files = {};
const datasets = {};
const titles = {};
const lists = {};
for (const size of sizes) {
  const events = makeEvents(size);
  titles[size] = events.map((event) => event.title);
  files[`/data/rk-${size}.json`] = rkJson(events);
  files[`/data/tl-${size}.json`] = timelineJsJson(events);
  files[`/rk-${size}.html`] = rkPage(size);
  files[`/timelinejs-${size}.html`] = timelineJsPage(size);
  lists[size] = staticList(events);
  files[`/static-${size}.html`] = staticPage(size, lists[size]);
  datasets[size] = {
    rkJsonBytes: Buffer.byteLength(files[`/data/rk-${size}.json`]),
    timelineJsJsonBytes: Buffer.byteLength(files[`/data/tl-${size}.json`]),
    staticPageBytes: Buffer.byteLength(files[`/static-${size}.html`]),
  };
}
files['/rk-shared.html'] = rkPage(sizes[0], sharedCopies);
files['/rk-fallback.html'] = rkPageWithFallback(sizes[0], lists[sizes[0]]);

const server = await startServer({root, files});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

const run = (subject, size, after) =>
  measure(browser, server, {subject, url: `${server.origin}/${subject}-${size}.html`, timeoutMs: timeoutMs[subject], after});

try {
  // A first load of each subject warms Chromium's process and code caches; it is not counted.
  for (const subject of Object.keys(subjects)) await run(subject, sizes[0]);

  // Subjects take turns within each round, so a slow spell of the machine hits all of them.
  const runs = [];
  const gaveUp = new Set();
  const checked = Math.max(...sizes);
  const checks = {findable: {size: checked}};
  for (const size of sizes) {
    for (let round = 1; round <= rounds; round++) {
      for (const subject of Object.keys(subjects)) {
        if (gaveUp.has(`${subject}-${size}`)) continue; // one timeout is enough: later rounds would time out too
        const last = size === checked && round === rounds;
        const result = await run(subject, size, last ? (page) => everyEventFindable(page, titles[size]) : undefined);
        if (result.check) checks.findable[subject] = result.check;
        if (result.timeout) gaveUp.add(`${subject}-${size}`);
        runs.push({size, subject, round, ...result});
        const figure = result.timeout ? `timed out after ${result.afterMs} ms` : result.error ?? `${Math.round(result.done)} ms`;
        progress(`${size} events, round ${round}, ${subjects[subject]}: ${figure}`);
        if (result.offOrigin?.length) progress(`  blocked requests off loopback: ${result.offOrigin.join(', ')}`);
      }
    }
  }

  const shared = await measure(browser, server, {subject: 'rk', url: `${server.origin}/rk-shared.html`, timeoutMs: timeoutMs.rk});
  checks.sharedSrc = {timelines: sharedCopies, src: `/data/rk-${sizes[0]}.json`, requests: dataRequests(shared.requests ?? [], `/data/rk-${sizes[0]}.json`), eventsShown: shared.count};
  const withFallback = await measure(browser, server, {subject: 'rk', url: `${server.origin}/rk-fallback.html`, timeoutMs: timeoutMs.rk});
  checks.fallback = {size: sizes[0], cls: withFallback.cls};

  const medians = {};
  const ratioTable = {};
  for (const size of sizes) {
    const of = (subject) => summarize(runs.filter((r) => r.size === size && r.subject === subject));
    medians[size] = {
      rk: {...of('rk'), jsonBytes: datasets[size].rkJsonBytes},
      timelinejs: {...of('timelinejs'), jsonBytes: datasets[size].timelineJsJsonBytes},
      static: of('static'),
    };
    ratioTable[size] = {rkToTimelineJs: ratios(medians[size].rk, medians[size].timelinejs), rkToStatic: ratios(medians[size].rk, medians[size].static)};
  }

  const version = (file) => JSON.parse(readFileSync(file, 'utf8')).version;
  // The modules only some timelines load (none of the benchmark's: no tags, our format, no
  // refresh), gzipped as the server would send them.
  const onDemand = Object.fromEntries(
    readdirSync(join(root, 'dist'))
      .filter((file) => /^rk-timeline-.+\.js$/.test(file))
      .map((file) => [file, gzipSync(readFileSync(join(root, 'dist', file))).length]),
  );
  const results = {
    machine: {
      cpu: os.cpus()[0].model.trim(),
      cores: os.cpus().length,
      os: `${os.type()} ${os.release()}`,
      chromium: await browser.version(),
      node: process.version,
      puppeteerCore: version(join(root, 'node_modules/puppeteer-core/package.json')),
      timelinejs: version(join(timelineJsDist(root), '../package.json')),
      rkTimeline: version(join(root, 'package.json')),
      date: new Date().toISOString(),
    },
    settings: {rounds, sizes, viewport, timeoutMs},
    datasets,
    medians,
    ratios: ratioTable,
    checks,
    onDemand,
    totalSeconds: Math.round((Date.now() - started) / 1000),
    runs,
  };
  const table = markdown(results);
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(here, 'results.md'), table);
  process.stdout.write(`\n${table}\nWrote test/bench/results.json and results.md in ${results.totalSeconds} s.\n`);
  // A timeout is a figure; a page that broke is not, and fails the run.
  const failed = runs.filter((r) => r.error);
  if (failed.length) {
    process.exitCode = 1;
    progress(`${failed.length} runs failed, e.g. ${failed[0].subject} at ${failed[0].size} events: ${failed[0].error}`);
  }
} finally {
  await browser.close();
  await server.close();
}
