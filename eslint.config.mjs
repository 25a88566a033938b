import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The recommended sets, and few changes, each for a reason. Templates' types are checked by
// lit-analyzer (npm run lint runs both).
export default defineConfig(
  {ignores: ['dist/', 'custom-elements.json']},
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {languageOptions: {globals: globals.browser}},
  // The command-line tool, the configs, the docs generator, the test server and the Node tests run in Node.
  {files: ['src/cli/**', '*.mjs', 'docs/**/*.mjs', 'test/**/*.mjs'], languageOptions: {globals: globals.node}},
  {
    rules: {
      // `const {a, ...rest} = object` is how a few properties are left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Chai's assertions are properties: `expect(error).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Test URLs hold query strings (`?ms=800&key=dark`): HTML reads an `&` that starts no
      // character reference as itself, and escaping it would make every fixture harder to read.
      'lit/attribute-value-entities': 'off',
      // Expected output is matched with its indentation as it prints.
      'no-regex-spaces': 'off',
    },
  },
);
