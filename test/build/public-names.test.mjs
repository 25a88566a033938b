import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, it} from 'node:test';
import ts from 'typescript';
import {INTERNAL_PROPERTY} from '../../rollup.config.mjs';

// The public API is what the types npm users get declare, from the entry down through its imports.
function publicNames() {
  const program = ts.createProgram(['dist/lib/rk-timeline.d.ts'], {noEmit: true, noLib: true, types: []});
  const names = new Set();
  const visit = (node) => {
    const isMember = ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isMethodSignature(node)
      || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node);
    if (isMember) {
      if (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private || ts.isPrivateIdentifier(node.name)) return;
      // Lit's table of reactive properties: its keys name members declared beside it, private ones too.
      if (ts.isPropertyDeclaration(node) && node.name.text === 'properties' && ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Static) return;
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (file.fileName.includes('/dist/lib/')) visit(file);
  return [...names].sort();
}

describe('the bundle keeps the public API’s names', () => {
  const names = publicNames();
  const bundle = Promise.all(
    ['rk-timeline', 'rk-timeline-filter-bar', 'rk-timeline-live-updates', 'rk-timeline-read-timeline']
      .map((name) => readFile(`dist/${name}.js`, 'utf8')),
  ).then((files) => files.join('\n'));

  it('reads the names from dist/lib’s .d.ts files', () => {
    for (const name of ['retryAfterMs', 'kind', 'status', 'url', 'headingLevel', 'events']) assert.ok(names.includes(name), name);
  });

  it('renames no public name: none is written like an internal one', () => {
    assert.deepEqual(names.filter((name) => INTERNAL_PROPERTY.test(name)), []);
  });

  it('still names every public property and method in dist/rk-timeline.js or the modules beside it', async () => {
    const code = await bundle;
    const missing = names.filter((name) => !new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(code));
    assert.deepEqual(missing, []);
  });

  it('renames the internal properties, so they cost a letter or two', async () => {
    assert.deepEqual((await bundle).match(/(?<![\w$])__[a-z][A-Za-z0-9]*(?![\w$])/g) ?? [], []);
  });
});
