import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import CleanCSS from 'clean-css';
import MagicString from 'magic-string';

// Terser leaves template literals alone. The stylesheet (`css` is String.raw there: its source
// text is the CSS) goes through a CSS minifier; the parser finds the template, so a template
// nested in another's expression or text that merely looks like CSS is never touched. html``
// templates stay as written: collapsing their white space saved 37 bytes (4 gzipped), and would
// make the bundle's DOM differ from the one the tests and npm users get.
function minifyStylesheets() {
  // Level 1 rewrites each declaration on its own (no merging of rules, which can reorder the cascade).
  const cssMinifier = new CleanCSS({level: 1});
  return {
    name: 'minify-stylesheets',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const source = new MagicString(code);
      for (const {tag, quasi} of taggedTemplates(this.parse(code))) {
        if (tag.type !== 'Identifier' || tag.name !== 'css') continue;
        // A ${} would be cut in two halves that are not CSS on their own: none is needed yet.
        if (quasi.expressions.length) this.error(`${id}: a css\`\` template with \${} cannot be minified`);
        const {styles, errors, warnings} = cssMinifier.minify(quasi.quasis[0].value.raw);
        if (errors.length || warnings.length) this.error(`${id}: ${[...errors, ...warnings].join('; ')}`);
        source.overwrite(quasi.start + 1, quasi.end - 1, styles);
      }
      return {code: source.toString(), map: source.generateMap({hires: true})};
    },
  };
}

// Every tagged template in an ESTree program, those nested in another's expressions too.
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value.type === 'string') yield* taggedTemplates(value);
  }
}

// lit-html creates a Trusted Types policy named "lit-html" when its module loads. Our copy names
// its policy "rk-timeline" instead, so it never collides with the host page's own Lit (the second
// "lit-html" policy would throw there, or here); and a page that refuses the policy throws when
// the module loads, so catch that and let the element see that it cannot render.
function ownTrustedTypesPolicy() {
  const policy = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
  return {
    name: 'own-trusted-types-policy',
    transform(code, id) {
      if (!id.endsWith('/lit-html/lit-html.js')) return null;
      if (!policy.test(code)) this.error('lit-html no longer creates its policy the way this plugin expects');
      return {code: code.replace(policy, '(()=>{try{return $1.createPolicy("rk-timeline",$2)}catch{}})()'), map: null};
    },
  };
}

/**
 * The properties the bundle renames: ours that nothing outside reads, written `__name` (two
 * underscores, then camelCase), and never named in a string (`'__state'` would stay as it is).
 * Lit's internals are `_$name` or one underscore and a letter, the DOM's and our public API's
 * start with a letter, and `__proto__` ends in two underscores. test/build/public-names.test.mjs
 * checks that every name the .d.ts files declare survives.
 */
export const INTERNAL_PROPERTY = /^__[a-z][A-Za-z0-9]*$/;

export default [
  // The one file newsrooms embed: Lit inside, no bare imports. What only some timelines need
  // (other formats, filters, live updates) is split into modules beside it, imported on demand
  // from the bundle's own URL; they import what they share from the bundle itself.
  {
    input: 'src/rk-timeline.ts',
    preserveEntrySignatures: 'allow-extension',
    output: {dir: 'dist', entryFileNames: 'rk-timeline.js', chunkFileNames: 'rk-timeline-[name].js', format: 'es', sourcemap: true},
    plugins: [
      typescript({tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', sourceMap: true}),
      minifyStylesheets(),
      ownTrustedTypesPolicy(),
      resolve(),
      terser({
        ecma: 2022,
        module: true,
        compress: {passes: 2},
        mangle: {properties: {regex: INTERNAL_PROPERTY}},
        // One cache for every chunk, so a property mangled in the bundle has the same name in a module beside it.
        nameCache: {},
        format: {comments: false},
      }),
    ],
  },
  // For npm users who have Lit already: one module per source file, with types.
  {
    input: 'src/rk-timeline.ts',
    output: {dir: 'dist/lib', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src'},
    external: (id) => id === 'lit' || id.startsWith('lit/'),
    plugins: [typescript({tsconfig: './tsconfig.json', outDir: 'dist/lib', declarationDir: 'dist/lib'})],
  },
  // The command-line tool (`npx rk-timeline`), for Node: the element's parser and event builder
  // with a string-building document, no Lit.
  {
    input: 'src/cli/main.ts',
    // One file: the reader of other formats, a module apart in the browser, is inside.
    output: {file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true},
    external: (id) => id.startsWith('node:'),
    plugins: [typescript({tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', sourceMap: false}), resolve()],
  },
];
