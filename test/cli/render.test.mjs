import assert from 'node:assert/strict';
import {copyFile, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {parseTimeline} from '../../dist/lib/data/parse-timeline.js';
import {SEED, between, closedPort, dataServer, fixture, run, sha256} from './run.mjs';

const items = (html) => html.match(/<li part="item"[^]*?<\/li>(?=\n)/g) ?? [];
const inlineJson = (html) => JSON.parse(between(html, /<script type="application\/json"[^>]*>([^]*?)<\/script>/));
const style = (html) => between(html, /<style[^>]*>([^]*?)<\/style>/);
const text = (markup) => markup.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('rk-timeline render', () => {
  let server;
  before(async () => (server = await dataServer()));
  after(() => server.close());

  it('prints the element with every event as HTML: date, heading and text', async () => {
    const {code, stdout, stderr} = await run(['render', SEED]);
    assert.equal(code, 0, stderr);
    const data = JSON.parse(await readFile(SEED, 'utf8'));
    assert.match(stdout, /^<rk-timeline lang="id">\n  <script type="application\/json">/);
    // What the element puts before its list: the tag filters, as the seed has tags (hidden for
    // feed readers, which drop styles; the stylesheet shows them where scripts run).
    assert.match(stdout, /\n  <div class="timeline theme-auto" lang="id" dir="ltr">\n    <fieldset part="filters" class="filters" hidden=""><legend>Tampilkan<\/legend><button type="button" part="filter" aria-pressed="true" data-tag="">Semua<\/button><button type="button" part="filter" aria-pressed="false" data-tag="diplomasi">diplomasi<\/button>.*<\/fieldset>\n    <ol part="list" aria-label="Garis Masa Hubungan Rusia–Korea Utara">\n/);
    assert.match(stdout, /<\/rk-timeline>\n$/);
    const events = items(stdout);
    assert.equal(events.length, 14);
    data.events.forEach((event, index) => {
      const start = event.date.split('/')[0];
      assert.match(events[index], new RegExp(`^<li part="item" class="event [^"]*" id="timeline-${event.id}"`));
      assert.match(events[index], new RegExp(`<time part="date" class="date" datetime="${start}">`));
      assert.equal(text(between(events[index], /<h3 part="title">([^]*?)<\/h3>/)), event.title);
      assert.equal(text(between(events[index], /<p part="text">([^]*?)<\/p>/)), event.text);
    });
    assert.match(events[0], /<time part="date" class="date" datetime="2000-07">Juli 2000<\/time>/);
    assert.match(events[1], /datetime="2006-10-14">14 Oktober 2006 – <time datetime="2017-12-22">22 Desember 2017<\/time><\/time>/);
  });

  it('carries the data in the element’s own format, read back to the same timeline', async () => {
    const base = 'https://page.example/';
    for (const input of [SEED, fixture('markup.json'), fixture('relative.json'), 'data/examples/treaty-developing-story.json', 'data/examples/race-to-the-moon.csv']) {
      const {stdout} = await run(['render', input]);
      // Read again from the snippet, the element finds the same events and has nothing to warn about.
      const again = parseTimeline(inlineJson(stdout), base);
      assert.deepEqual(again.warnings, [], input);
      assert.equal(stdout.match(/<li part="item"/g).length, again.timeline.events.length, input);
      if (input.endsWith('.json')) assert.deepEqual(again.timeline, parseTimeline(JSON.parse(await readFile(input, 'utf8')), base).timeline, input);
      else assert.equal(again.timeline.events.length, JSON.parse((await run(['validate', '--json', input])).stdout).results[0].events, input);
    }
  });

  it('escapes text and attributes, and no data can close the script or style', async () => {
    const {code, stdout} = await run(['render', fixture('markup.json'), '--json-ld']);
    assert.equal(code, 0);
    // One script end per script, one style end: nothing in the data ends them early.
    assert.equal(stdout.match(/<\/script>/g).length, 2);
    assert.equal(stdout.match(/<\/style>/g).length, 1);
    assert.doesNotMatch(stdout, /<img src=x|<b>|<!--|<i>/);
    const [event] = items(stdout);
    assert.match(event, /<h3 part="title">&lt;img src=x onerror=alert\(1\)&gt; &amp; "quotes" &lt;\/script&gt;<\/h3>/);
    assert.match(event, /<p part="text">First &lt;b&gt;not bold&lt;\/b&gt; &amp; more\.<\/p><p part="text">Second paragraph with &lt;!-- a comment --&gt; and &lt;\/style&gt;\.<\/p>/);
    assert.match(event, /<img loading="lazy" referrerpolicy="no-referrer" alt="An &quot;alt&quot; with &lt;tags&gt;" src="https:\/\/example\.org\/a\.jpg\?x=1&amp;y=%222%22">/);
    assert.match(event, /<a part="link" href="https:\/\/example\.org\/\?a=1&amp;b=2" rel="noopener noreferrer">A link &amp; &lt;more&gt;<\/a>/);
    assert.match(stdout, /aria-label="&lt;\/script&gt;&lt;script&gt;alert\('title'\)&lt;\/script&gt;"/);
    assert.equal(inlineJson(stdout).events[0].title, '<img src=x onerror=alert(1)> & "quotes" </script>');
  });

  it('takes the element’s options as attributes, and builds the list as they say', async () => {
    const {code, stdout} = await run([
      'render', SEED, '--lang', 'en', '--heading-level', '2', '--order', 'newest-first', '--theme', 'dark',
      '--label', 'Russia & "North Korea"', '--id', 'rk', '--timeout', '5000', '--credentials', 'same-origin',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /^<rk-timeline id="rk" lang="en" label="Russia &amp; &quot;North Korea&quot;" heading-level="2" order="newest-first" theme="dark" timeout="5000" credentials="same-origin">/);
    assert.match(stdout, /<div class="timeline theme-dark" lang="en" dir="ltr">\n    <fieldset part="filters" class="filters" hidden=""><legend>Show<\/legend>.*\n    <ol part="list" aria-label="Russia &amp; &quot;North Korea&quot;">/);
    assert.doesNotMatch((await run(['render', SEED, '--filters', 'off'])).stdout, /part="filters"/);
    const events = items(stdout);
    assert.match(events[0], /id="rk-putin-visit-2024"/);
    assert.match(events[13], /<time part="date" class="date" datetime="2000-07">July 2000<\/time><h2 part="title">[^<]*<\/h2><a part="permalink" class="permalink" href="#rk-putin-visit-2000"[^>]*>#<\/a>/);
    assert.match(events[13], /<a part="permalink" class="permalink" href="#rk-putin-visit-2000"/);
  });

  it('groups sections as the element does, and says so when there are no events', async () => {
    const sections = await run(['render', 'data/examples/treaty-developing-story.json']);
    assert.match(sections.stdout, /<li part="section" class="section"><h3 part="section-title">[^<]+<\/h3><ol class="section-events"><li part="item"[^>]*>[^]*?<h4 part="title">/);

    const empty = await run(['render', fixture('empty.json')]);
    assert.equal(empty.code, 0);
    assert.match(empty.stdout, /<div class="timeline theme-auto" lang="en" dir="ltr">\n    <p part="status">This timeline has no events yet\.<\/p>\n    <ol part="list" aria-label="Nothing yet">\n    <\/ol>/);
  });

  it('writes right-to-left languages right to left', async () => {
    const {stdout} = await run(['render', 'data/russia-north-korea.ar.json']);
    assert.match(stdout, /<div class="timeline theme-auto" lang="ar" dir="rtl">/);
  });

  it('with --src, writes the address and the file’s date for the element’s re-check', async () => {
    const {stdout} = await run(['render', SEED, '--src', '/data/russia-north-korea.json']);
    const {mtime} = await stat(SEED);
    assert.match(stdout, /^<rk-timeline lang="id" src="\/data\/russia-north-korea\.json">/);
    assert.match(stdout, new RegExp(`<script type="application/json" data-last-modified="${mtime.toUTCString()}">`));
    // Without src there is nothing to re-check.
    assert.doesNotMatch((await run(['render', SEED])).stdout, /data-last-modified|data-etag/);
  });

  it('with --src and a URL, writes the server’s ETag and Last-Modified', async () => {
    const url = `${server.origin}/seed.json`;
    const {code, stdout} = await run(['render', url, '--src', url]);
    assert.equal(code, 0);
    assert.match(stdout, /<script type="application\/json" data-etag="&quot;seed-v1&quot;" data-last-modified="Mon, 17 Jun 2024 08:00:00 GMT">/);
    assert.equal(items(stdout).length, 14);
  });

  it('keeps relative addresses relative to the article, or resolves them against the data’s address', async () => {
    const relative = await run(['render', fixture('relative.json')]);
    const [event] = items(relative.stdout);
    assert.match(event, /src="img\/photo\.jpg"/);
    assert.match(event, /href="\.\.\/story\.html#part"/);
    assert.match(event, /href="\/root\.html"/);
    assert.match(event, /href="https:\/\/example\.org\/"/);

    const beside = await run(['render', fixture('relative.json'), '--src', 'data/relative.json']);
    assert.match(items(beside.stdout)[0], /src="data\/img\/photo\.jpg"[^]*href="story\.html#part"/);

    const absolute = await run(['render', fixture('relative.json'), '--src', 'https://cdn.example/data/relative.json']);
    assert.match(items(absolute.stdout)[0], /src="https:\/\/cdn\.example\/data\/img\/photo\.jpg"[^]*href="https:\/\/cdn\.example\/story\.html#part"/);

    const onPage = await run(['render', fixture('relative.json'), '--page', 'https://news.example/2024/story.html#top']);
    assert.match(items(onPage.stdout)[0], /src="https:\/\/news\.example\/2024\/img\/photo\.jpg"/);
    assert.match(items(onPage.stdout)[0], /href="https:\/\/news\.example\/2024\/story\.html#timeline-2020-01-02"/);
  });

  it('never turns a relative path that looks like a scheme or a host into one', async () => {
    const {code, stdout, stderr} = await run(['render', fixture('scheme-like-paths.json')]);
    assert.equal(code, 0, stderr);
    const addresses = [...items(stdout)[0].matchAll(/(?:href|src)="([^"]*)"/g)].map(([, address]) => address);
    assert.equal(addresses.length, 5);
    for (const address of addresses) {
      assert.doesNotMatch(address, /^[a-z][a-z\d+.-]*:|^\/\//i, `${address} resolves on its own`);
      // In the article it stays a path on the article's own site.
      assert.equal(new URL(address, 'https://news.example/2024/story.html').origin, 'https://news.example');
    }
    assert.ok(addresses.includes('./javascript:alert(document.domain)'));
  });

  it('prints the CSP hash of its style, which `css --hash` gives too; --nonce and --no-style', async () => {
    const {stdout, stderr} = await run(['render', SEED]);
    const hash = sha256(style(stdout));
    assert.equal(stderr, `The <style> is allowed by Content-Security-Policy: style-src ${hash}\n`);
    assert.equal((await run(['css', '--hash'])).stdout, `${hash}\n`);

    const nonce = await run(['render', SEED, '--nonce', 'r4nd0m+/=']);
    assert.match(nonce.stdout, /\n  <style nonce="r4nd0m\+\/=">/);
    assert.equal(style(nonce.stdout), style(stdout));
    assert.equal(nonce.stderr, '');

    const none = await run(['render', SEED, '--no-style']);
    assert.doesNotMatch(none.stdout, /<style/);
    assert.equal(none.stderr, '');
    assert.equal(items(none.stdout).length, 14);
  });

  it('scopes every rule of the stylesheet to rk-timeline', async () => {
    const {stdout} = await run(['css']);
    const rules = stdout.split('\n').filter((line) => line.includes('{') && !line.startsWith('@'));
    assert.ok(rules.length > 20);
    for (const rule of rules) {
      const selectors = rule.trim().slice(0, rule.trim().indexOf(' {')).split(', ');
      for (const selector of selectors) assert.match(selector, /^(:where\()?rk-timeline[ :[]|^:where\(rk-timeline\)$/, rule);
    }
    // Host rules stay below the page's; everything inside wins over the page's rules.
    assert.match(stdout, /^:where\(rk-timeline\) \{display: block; /m);
    assert.match(stdout, /^rk-timeline \.marker \{position: absolute !important; /m);
    assert.match(stdout, /all: revert !important/);
  });

  it('adds JSON-LD with --json-ld: an ItemList of Events', async () => {
    const {stdout} = await run(['render', SEED, '--json-ld', '--page', 'https://news.example/story']);
    const ld = JSON.parse(between(stdout, /<\/rk-timeline>\n<script type="application\/ld\+json">([^]*?)<\/script>\n$/));
    assert.equal(ld['@type'], 'ItemList');
    assert.equal(ld.numberOfItems, 14);
    assert.equal(ld.itemListElement.length, 14);
    assert.deepEqual(ld.itemListElement[1], {
      '@type': 'ListItem',
      position: 2,
      item: {
        '@type': 'Event',
        name: 'Rusia mendukung sembilan resolusi sanksi PBB atas Korea Utara',
        startDate: '2006-10-14',
        endDate: '2017-12-22',
        description: ld.itemListElement[1].item.description,
        url: 'https://news.example/story#timeline-un-sanctions-votes',
        inLanguage: 'id',
      },
    });
  });

  it('renders dates before the common era and deep time as the element does, and leaves deep time out of JSON-LD', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rk-timeline-'));
    try {
      const file = join(directory, 'cosmos.json');
      const events = [{date: '-13800000000', title: 'Big Bang'}, {date: '-0043-03-15', title: 'Ides'}, {date: '-0043/0014', title: 'Augustus'}, {date: '1969-07-20', title: 'Moon'}];
      await writeFile(file, JSON.stringify({lang: 'en', events}));
      assert.equal((await run(['validate', file])).code, 0);
      const {stdout, code} = await run(['render', file, '--json-ld']);
      assert.equal(code, 0);
      const dates = items(stdout).map((item) => /<(span|time) part="date"[^>]*>(.*?)<\/\1>/.exec(item).slice(1));
      assert.deepEqual(dates.map(([tag, inner]) => [tag, text(inner)]), [
        ['span', '13.8 billion years ago'],
        ['span', 'March 15, 44 BC'],
        ['span', '44 BC – 14 AD'],
        ['time', 'July 20, 1969'],
      ]);
      assert.deepEqual([...stdout.matchAll(/datetime="([^"]*)"/g)].map((match) => match[1]), ['0014', '1969-07-20']);
      const ld = JSON.parse(between(stdout, /<script type="application\/ld\+json">([^]*?)<\/script>/));
      assert.deepEqual(ld.itemListElement.map(({item}) => [item.name, item.startDate, item.endDate]), [
        ['Big Bang', undefined, undefined],
        ['Ides', '-0043-03-15', undefined],
        ['Augustus', '-0043', '0014'],
        ['Moon', '1969-07-20', undefined],
      ]);
    } finally {
      await rm(directory, {recursive: true});
    }
  });

  it('renders with warnings: the snippet on stdout, the warnings on stderr, exit 1', async () => {
    const {code, stdout, stderr} = await run(['render', fixture('warnings.json')]);
    assert.equal(code, 1);
    assert.equal(items(stdout).length, 2);
    assert.match(stderr, /^test\/fixtures\/cli\/warnings\.json: warning: events\[1\]\.date: /m);
  });

  it('notes the language it chose when neither the data nor --lang names one', async () => {
    const {code, stdout, stderr} = await run(['render', fixture('untitled.json')]);
    assert.equal(code, 0);
    assert.match(stderr, /note: the data names no language and --lang gave none: dates are written in English/);
    assert.match(stdout, /^<rk-timeline lang="en">/);
    assert.match(items(stdout)[0], /<h3 part="title"><time part="date" class="date" datetime="2021-03">March 2021<\/time><\/h3>/);
  });

  it('exits 2 with a clear message for a missing file, an unreachable URL, a 404 and invalid data', async () => {
    const cases = [
      [['render', 'no-such.json'], /^no-such\.json: error: Could not read no-such\.json: no such file\n/],
      [['render', await closedPort()], /: error: Could not reach http:\/\/127\.0\.0\.1:\d+\/data\.json: connect ECONNREFUSED/],
      [['render', `${server.origin}/missing.json`], /: error: http:\/\/127\.0\.0\.1:\d+\/missing\.json answered HTTP 404 Not Found\n/],
      [['render', fixture('broken.json')], /^test\/fixtures\/cli\/broken\.json: error: test\/fixtures\/cli\/broken\.json is not valid JSON: /],
      [['render', fixture('not-a-timeline.json')], /: error: Not a timeline: expected \{"events": \[\.\.\.\]\}/],
      [['render', SEED, '--heading-level', '7'], /^rk-timeline: --heading-level "7": expected a whole number from 2 to 6\n/],
      [['render', SEED, '--order', 'random'], /^rk-timeline: --order "random": expected oldest-first, newest-first\n/],
      [['render', SEED, '--src', 'javascript:alert(1)'], /is not an http\(s\) or relative address/],
      [['render', SEED, '--lang', 'not a language'], /--lang "not a language": expected a language tag/],
      [['render', SEED, SEED], /^rk-timeline: render needs one file or URL, not 2\n/],
    ];
    for (const [args, message] of cases) {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, message, args.join(' '));
    }
  });

  it('replaces the timeline of an HTML file with --into, and its style hash in the CSP', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rk-timeline-'));
    try {
      const page = join(directory, 'article.html');
      await copyFile(fixture('article.html'), page);
      // The page allows its old snippet's style by hash.
      await writeFile(page, (await readFile(page, 'utf8')).replace("'sha256-OLD'", sha256('old')));
      const {code, stdout, stderr} = await run(['render', SEED, '--src', 'data.json', '--into', page]);
      assert.equal(code, 0, stderr);
      assert.equal(stdout, '');
      const updated = await readFile(page, 'utf8');
      const snippet = (await run(['render', SEED, '--src', 'data.json'])).stdout;
      // In place, indented as the element was, but for the style's text, whose hash must not change.
      const written = between(updated, /  <p>Before\.<\/p>\n  ([^]*)\n  <p>After\.<\/p>/);
      const strip = (lines) => lines.split('\n').map((line) => line.trim()).join('\n');
      assert.equal(strip(written), strip(snippet.trimEnd()));
      assert.match(written, /\n      <ol part="list"/);
      assert.equal(style(written), style(snippet));
      assert.ok(updated.includes(`style-src 'self' ${sha256(style(snippet))}">`));
      assert.doesNotMatch(updated, /old fallback/);
      // Again: the snippet it wrote is found and replaced, not doubled.
      assert.equal((await run(['render', SEED, '--src', 'data.json', '--into', page])).code, 0);
      assert.equal(await readFile(page, 'utf8'), updated);
      // What the page gave its element stays: its id (its event links), class and refresh, unless an option says otherwise.
      await writeFile(page, updated.replace('<rk-timeline lang="id" src="data.json">', '<rk-timeline id="story" class="branded" refresh="60" lang="id" src="data.json">'));
      assert.equal((await run(['render', SEED, '--into', page, '--heading-level', '2'])).code, 0);
      const again = await readFile(page, 'utf8');
      assert.match(again, /<rk-timeline id="story" lang="id" src="data\.json" heading-level="2" class="branded" refresh="60">/);
      assert.match(again, /id="story-putin-visit-2000"/);
      assert.match(again, /<script type="application\/json" data-last-modified="/);
    } finally {
      await rm(directory, {recursive: true});
    }
  });

  it('renders an event of 130,000 paragraphs, links and tags, capped, and says what it left out', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rk-timeline-'));
    try {
      const many = (item) => Array.from({length: 130_000}, (_, index) => item(index));
      const file = join(directory, 'huge.json');
      await writeFile(file, JSON.stringify([{date: '2019', title: 'Huge', text: many((index) => `P${index}`).join('\n\n'), links: many((index) => ({href: `https://news.example/${index}`})), tags: many(String)}]));
      const {code, stdout, stderr} = await run(['render', file]);
      assert.equal(code, 1, stderr);
      assert.match(stderr, /: warning: events\[0\]: 130000 tags, 130000 paragraphs, 130000 links: more than an event shows; the first 10 tags, 20 paragraphs, 10 links are shown \(event "Huge"\)\n/);
      assert.equal(stdout.match(/<p part="text"/g).length, 20);
    } finally {
      await rm(directory, {recursive: true});
    }
  });
});
