// `npm run docs`: rewrites the generated parts of the docs pages. The API tables come from
// custom-elements.json (built by `npm run build` from the class doc comment in
// src/rk-timeline-element.ts), the benchmark from test/bench/results.md, so neither is typed
// twice. A generated part sits between two marker comments:
//
//   <!-- begin generated attributes: npm run docs -->
//   …
//   <!-- end generated attributes -->
//
// `node docs/tables.mjs --check` changes nothing and fails when a page is stale.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TAG_NAME = 'rk-timeline';

/** Every page that may hold generated parts. */
export function pages(root = ROOT) {
  const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs];
}

// Each marker starts a line, so an indented one (an example in a code block) is left alone.
const markers = /^(<!-- begin generated ([\w-]+)[^>\n]*-->\n)[^]*?^(<!-- end generated \2 -->)$/gm;

/** A table cell: one line, pipes escaped (GitHub reads `\|` as a pipe, code spans included). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => `\`${text}\``;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** The element's declaration, and every exported constant, from the manifest. */
function read(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const element = declarations.find((declaration) => declaration.tagName === TAG_NAME);
  if (!element) throw new Error(`custom-elements.json declares no <${TAG_NAME}>: run npm run build`);
  const constants = new Map(declarations.filter((declaration) => declaration.kind === 'variable' && declaration.default).map((declaration) => [declaration.name, declaration.default]));
  return {element, constants};
}

/** A default as a reader would write it: a named constant by its value, `15_000` as `15000`. */
function defaultValue(text, constants) {
  if (text === undefined) return '–';
  const value = constants.get(text) ?? text;
  return code(/^[\d_.]+$/.test(value) ? value.replace(/_/g, '') : value);
}

/** The generated Markdown for each marker name. */
export function generate(manifest, benchResults) {
  const {element, constants} = read(manifest);
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');
  // Global attributes the element observes (lang, dir) have no field of its own.
  const globals = (element.attributes ?? []).filter((attribute) => !attribute.fieldName);
  return {
    attributes: table(
      ['attribute', 'property', 'type', 'default', 'what it does'],
      [
        ...fields.map((field) => [field.attribute ? code(field.attribute) : '–', code(field.name), field.type ? code(field.type.text) : '', defaultValue(field.default, constants), field.description]),
        ...globals.map((attribute) => [code(attribute.name), code(attribute.name), code('string'), '–', 'A global HTML attribute, which the element follows.']),
      ],
    ),
    events: table(['event', 'when, and its `detail`'], (element.events ?? []).map((event) => [code(event.name), event.description])),
    'css-properties': table(
      ['property', 'default', 'used for'],
      (element.cssProperties ?? []).map((property) => [code(property.name), property.default ?? '–', property.description]),
    ),
    'css-parts': table(['part', 'element'], (element.cssParts ?? []).map((part) => [code(part.name), part.description])),
    slots: table(['slot', 'what it holds'], (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description])),
    'bench-results': benchResults.trimEnd(),
  };
}

/** `text` with every generated part replaced; throws on a marker name nothing generates. */
export function rewrite(text, generated) {
  return text.replace(markers, (whole, begin, name, end) => {
    if (!(name in generated)) throw new Error(`unknown generated part "${name}": expected one of ${Object.keys(generated).join(', ')}`);
    return `${begin}${generated[name]}\n${end}`;
  });
}

/** The marker names a text uses. */
export const usedNames = (text) => [...text.matchAll(markers)].map((match) => match[2]);

export function readInputs(root = ROOT) {
  let manifest;
  try {
    manifest = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  } catch {
    throw new Error('custom-elements.json is missing: run npm run build first');
  }
  return {
    manifest: JSON.parse(manifest),
    benchResults: readFileSync(join(root, 'test/bench/results.md'), 'utf8'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const {manifest, benchResults} = readInputs();
  const generated = generate(manifest, benchResults);
  const stale = [];
  for (const page of pages()) {
    const path = join(ROOT, page);
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // a page that does not exist holds nothing to generate
    }
    const current = rewrite(text, generated);
    if (current === text) continue;
    stale.push(page);
    if (!check) writeFileSync(path, current);
  }
  if (check && stale.length) {
    console.error(`stale generated tables in ${stale.join(', ')}: run npm run docs`);
    process.exit(1);
  }
  if (!check) console.log(stale.length ? `rewrote ${stale.join(', ')}` : 'docs are current');
}
