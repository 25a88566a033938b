import assert from 'node:assert/strict';
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {SEED, between, fixture, run, sha256} from './run.mjs';

const inlineJson = (html) => JSON.parse(between(html, /<script type="application\/json"[^>]*>([^]*?)<\/script>/));
const startTag = (html) => /<rk-timeline\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(html)[0];

describe('render --into keeps the page it writes into', () => {
  let directory;
  before(async () => (directory = await mkdtemp(join(tmpdir(), 'rk-timeline-into-'))));
  after(() => rm(directory, {recursive: true}));
  const copy = async (name) => {
    const page = join(directory, name);
    await copyFile(fixture(name), page);
    return page;
  };

  it('a Windows-1252 page: every byte around the element as it was, the snippet in ASCII with the same text', async () => {
    const page = await copy('into-windows-1252.html');
    const before = await readFile(page);
    const {code, stderr} = await run(['render', SEED, '--into', page]);
    assert.equal(code, 0, stderr);
    const written = await readFile(page);
    const start = before.indexOf('<rk-timeline');
    const tail = before.subarray(before.indexOf('</rk-timeline>') + '</rk-timeline>'.length);
    assert.deepEqual(written.subarray(0, start), before.subarray(0, start), 'the bytes before');
    assert.deepEqual(written.subarray(written.length - tail.length), tail, 'the bytes after');
    const snippet = written.subarray(start, written.length - tail.length).toString('latin1');
    assert.doesNotMatch(snippet, /[^\0-\x7f]/, 'ASCII only');
    // Read as a browser reads the page, the snippet says what the UTF-8 one says.
    const utf8 = (await run(['render', SEED, '--src', 'data.json'])).stdout;
    assert.deepEqual(inlineJson(snippet), inlineJson(utf8));
    assert.match(snippet, /aria-label="Garis Masa Hubungan Rusia&#x2013;Korea Utara"/);
  });

  it('a CRLF page: its line breaks kept, and the CSP hash of the style as the browser reads it', async () => {
    const page = await copy('into-crlf.html');
    // The browser hashes the old style with its line breaks as LF; that is what the page allows.
    const oldHash = sha256('\nold\n    ');
    await writeFile(page, (await readFile(page, 'utf8')).replace("'sha256-OLD'", oldHash));
    const {code, stderr} = await run(['render', SEED, '--src', 'data.json', '--into', page]);
    assert.equal(code, 0, stderr);
    const written = await readFile(page, 'utf8');
    assert.doesNotMatch(written, /[^\r]\n/, 'every line break is CRLF');
    const style = between(written, /<style>([^]*?)<\/style>/).replace(/\r\n/g, '\n');
    assert.ok(written.includes(`style-src 'self' ${sha256(style)}"`), 'the new style is allowed');
    assert.ok(!written.includes(oldHash), 'the old hash is gone');
    assert.match(stderr, new RegExp(`style-src ${sha256(style).replace(/[+/]/g, '\\$&')}`));
  });

  it('finds the element as a browser does: not in a script, a comment or a textarea; a > in a quoted value ends nothing', async () => {
    const page = await copy('into-look-alikes.html');
    const {code, stderr} = await run(['render', SEED, '--into', page]);
    assert.equal(code, 0, stderr);
    const written = await readFile(page, 'utf8');
    for (const lookAlike of [
      `const template = '<rk-timeline src="template.json"></rk-timeline>';`,
      '<!-- The old embed: <rk-timeline src="old.json"></rk-timeline> -->',
      '<textarea><rk-timeline></rk-timeline></textarea>',
    ]) assert.ok(written.includes(lookAlike), lookAlike);
    assert.doesNotMatch(written, /Fallback/);
    // Every attribute kept, each character reference read once and written once.
    const tag = startTag(written.slice(written.indexOf('-->')));
    for (const attribute of ['src="data.json"', 'label="Café &amp; &quot;co&quot;"', 'class="branded"', 'data-note="été &gt; printemps"', 'refresh="60"']) {
      assert.ok(tag.includes(attribute), `${attribute} in ${tag}`);
    }
  });

  it('refuses what it cannot keep, and says why: a UTF-16 page, a character reference it cannot read', async () => {
    const utf16 = join(directory, 'utf-16.html');
    await writeFile(utf16, Buffer.from(`\ufeff<!doctype html><p>Hi</p><rk-timeline src="data.json"></rk-timeline>`, 'utf16le'));
    const unknown = join(directory, 'unknown-reference.html');
    await writeFile(unknown, '<!doctype html><rk-timeline label="Tom &frobnicate; Jerry" src="data.json"></rk-timeline>');
    for (const [page, message] of [
      [utf16, /is in UTF-16; --into can keep pages in UTF-8 or an encoding that extends ASCII/],
      [unknown, /character references that --into cannot read \(&frobnicate;\)/],
    ]) {
      const before = await readFile(page);
      const {code, stderr} = await run(['render', SEED, '--into', page]);
      assert.equal(code, 2, stderr);
      assert.match(stderr, message);
      assert.deepEqual(await readFile(page), before, 'the page untouched');
    }
  });
});
