import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Terser leaves template literals alone: collapse the whitespace of css`` and html`` ourselves.
function minifyTemplates() {
  const minifyCss = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};:,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/([^\d.])0\./g, '$1.')
      .trim();
  // Only runs of white space that hold a line break: an expression inside a template may hold a
  // line comment, which must keep its line break.
  const minifyHtml = (body) => body.replace(/>\s*\n\s*</g, '><').replace(/([>}])\s*\n\s*(?=[<$])/g, '$1 ');
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      return {
        code: code
          .replace(/\bcss\s*`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``)
          .replace(/\bhtml\s*`([^`]*)`/g, (_, body) => `html\`${minifyHtml(body)}\``),
        map: null,
      };
    },
  };
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
      minifyTemplates(),
      ownTrustedTypesPolicy(),
      resolve(),
      terser({
        ecma: 2022,
        module: true,
        compress: {passes: 2},
        // The element's private state and internal fields: nothing names them in a string.
        mangle: {properties: {regex: /^_(state|timeline|error|hasFallback)$|^(retryAfterMs|waiting|controller)$/}},
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
