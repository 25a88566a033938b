import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {ROOT, generate, pages, readInputs, rewrite, usedNames} from '../../docs/tables.mjs';

// The docs' tables of attributes, events, CSS properties and parts are generated from
// custom-elements.json (built from the element's doc comment), the benchmark's from its results.
const {manifest, benchResults} = readInputs();
const generated = generate(manifest, benchResults);
const texts = Object.fromEntries(pages().map((page) => [page, readFileSync(join(ROOT, page), 'utf8')]));

describe('the docs’ generated tables', () => {
  for (const [page, text] of Object.entries(texts)) {
    it(`are current in ${page}: run npm run build, then npm run docs, when this fails`, () => {
      assert.equal(rewrite(text, generated), text);
    });
  }

  it('are each shown on some page', () => {
    const used = new Set(Object.values(texts).flatMap(usedNames));
    assert.deepEqual(Object.keys(generated).filter((name) => !used.has(name)), []);
  });

  it('list every attribute, event, part and CSS property the element declares', () => {
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'rk-timeline');
    const names = [...element.attributes, ...element.events, ...element.cssParts, ...element.cssProperties].map((entry) => `\`${entry.name}\``);
    const tables = [generated.attributes, generated.events, generated['css-parts'], generated['css-properties']].join('\n');
    assert.ok(names.length > 30, 'the manifest was read');
    assert.deepEqual(names.filter((name) => !tables.includes(`| ${name} |`)), []);
  });

  it('keep one cell per column, pipes in types and defaults included', () => {
    for (const [name, table] of Object.entries(generated)) {
      if (name === 'bench-results') continue;
      const cells = table.split('\n').map((row) => row.split(/(?<!\\)\|/).length);
      assert.deepEqual(new Set(cells).size, 1, `${name}: ${table}`);
    }
    assert.match(generated.attributes, /\| `theme` \| `'auto' \\\| 'light' \\\| 'dark'` \| `'auto'` \|/);
    assert.match(generated.attributes, /\| `timeout` \| `number` \| `15000` \|/, 'a named default is shown as its value');
  });

  it('go stale when the element changes, and a page would then be rewritten', () => {
    const changed = structuredClone(manifest);
    const element = changed.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'rk-timeline');
    element.events.push({name: 'rk-timeline-something', description: 'A new event.'});
    const page = texts['docs/embedding.md'];
    const rewritten = rewrite(page, generate(changed, benchResults));
    assert.notEqual(rewritten, page);
    assert.match(rewritten, /\| `rk-timeline-something` \| A new event\. \|/);
  });

  it('refuse a marker that names nothing they generate', () => {
    const page = '<!-- begin generated colours: npm run docs -->\n<!-- end generated colours -->\n';
    assert.throws(() => rewrite(page, generated), /unknown generated part "colours"/);
  });
});
