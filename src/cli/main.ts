import {readFileSync} from 'node:fs';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {canonical} from '../i18n/language.js';
import {DEFAULT_TIMEOUT_MS} from '../load/fetch-timeline.js';
import {printable} from './printable.js';
import {CliError} from './read-input.js';
import {attributesInFile, render, replaceInFile, type RenderOptions} from './render.js';
import {snippetCss, styleHash} from './snippet.js';
import {exitCodeOf, formatResults, validate} from './validate.js';
import {formatWarning} from '../data/timeline-warning.js';

const USAGE = `Usage: rk-timeline <command> [options]

Commands:
  validate <file-or-url>...   Check timelines with the element's own parser. Exit code 0: clean,
                              1: warnings only, 2: an error (missing file, unreachable, not a timeline).
      --json                  Results as JSON on standard output.
  render <file-or-url>        Print an <rk-timeline> snippet with the whole timeline inside as
                              HTML that needs no script. Exit code 0, 1 (rendered, with warnings), 2.
      --src URL               The element's src: it re-checks the data there (conditionally) and
                              shows any newer version. Relative to the article's address.
      --lang TAG              Language of dates and messages (default: the data's lang).
      --dir ltr|rtl           Direction, when the language's is not wanted.
      --label TEXT            Accessible name of the timeline (default: the data's title).
      --heading-level 2-6     Level of each event's heading (default 3).
      --order oldest-first|newest-first
      --theme auto|light|dark
      --timeout MS            The element's timeout; also this command's, for a URL (default ${DEFAULT_TIMEOUT_MS}).
      --credentials omit|same-origin|include
      --filters auto|off      Tag filters, shown when events have tags (default auto).
      --id ID                 The element's id; event links are #ID-<event id> (default #timeline-…).
      --page URL              The article's address: event links and relative addresses use it.
      --json-ld               Add a <script type="application/ld+json"> describing the events.
      --nonce NONCE           Put nonce="NONCE" on the <style>, for a CSP with nonces.
      --no-style              Leave the <style> out (the host serves \`rk-timeline css\` itself).
      --into FILE             Replace the <rk-timeline> in an HTML file (and its style hash) instead of printing.
  css                         Print the snippet's stylesheet, to serve as a file.
      --hash                  Print only its CSP source ('sha256-…') instead.

Inputs are files (- reads standard input) or http(s) addresses.
  -h, --help                  This help.      -v, --version   The version.
`;

const version = () => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version;

/** A value that must be one of `choices`. */
function oneOf<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined || (choices as readonly string[]).includes(value)) return value as T | undefined;
  throw new CliError('usage', `--${option} ${JSON.stringify(value)}: expected ${choices.join(', ')}`);
}

function positiveNumber(option: string, value: string | undefined, integer: [number, number] | undefined = undefined) {
  if (value === undefined) return undefined;
  const number = Number(value);
  const [min, max] = integer ?? [1, 2 ** 31 - 1];
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new CliError('usage', `--${option} ${JSON.stringify(value)}: expected ${integer ? `a whole number from ${min} to ${max}` : 'a positive number of milliseconds'}`);
  }
  return number;
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({args, options: {...options, help: {type: 'boolean', short: 'h'} as const}, allowPositionals: true, strict: true});
  } catch (error) {
    // parseArgs says what was wrong ("Unknown option '--x'"); its codes say nothing more.
    throw new CliError('usage', (error as Error).message);
  }
}

/** The element's attributes that are also `render` options. */
const ELEMENT_OPTIONS = ['id', 'src', 'lang', 'dir', 'label', 'heading-level', 'order', 'theme', 'timeout', 'credentials', 'filters'];

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

async function validateCommand(args: string[]) {
  const {values, positionals} = parse(args, {json: {type: 'boolean'}, timeout: {type: 'string'}});
  if (values.help) return void out(USAGE);
  if (!positionals.length) throw new CliError('usage', 'validate needs at least one file or URL');
  const results = await validate(positionals, {timeout: positiveNumber('timeout', values.timeout as string) ?? DEFAULT_TIMEOUT_MS});
  // JSON escapes C0 controls itself; lines are split first, for its own line breaks to stay.
  out(values.json ? `${JSON.stringify({results}, null, 2).split('\n').map(printable).join('\n')}\n` : formatResults(results));
  process.exitCode = exitCodeOf(results);
}

async function renderCommand(args: string[]) {
  const text = {type: 'string'} as const;
  const flag = {type: 'boolean'} as const;
  const {values: v, positionals} = parse(args, {
    src: text, lang: text, dir: text, label: text, 'heading-level': text, order: text, theme: text, timeout: text,
    credentials: text, filters: text, id: text, page: text, nonce: text, into: text, 'no-style': flag, 'json-ld': flag,
  });
  if (v.help) return void out(USAGE);
  if (positionals.length !== 1) throw new CliError('usage', `render needs one file or URL, not ${positionals.length}`);
  const values = v as Record<string, string | undefined>;
  // Rendering into a page keeps what its element had: options given here win, and the element's
  // other attributes (class, refresh, data-*…) stay as they are.
  const otherAttributes = values.into ? await attributesInFile(values.into) : {};
  for (const name of ELEMENT_OPTIONS) {
    if (values[name] === undefined && otherAttributes[name] !== undefined) values[name] = otherAttributes[name];
    delete otherAttributes[name];
  }
  const timeout = positiveNumber('timeout', values.timeout);
  if (values.nonce !== undefined && !/^[\w+/=-]+$/.test(values.nonce)) throw new CliError('usage', '--nonce: expected base64 characters');
  if (values.id !== undefined && !/^[\p{L}\p{N}_-]+$/u.test(values.id)) throw new CliError('usage', '--id: expected letters, digits, - and _');
  const options: RenderOptions = {
    attributes: {
      id: values.id,
      lang: values.lang,
      dir: oneOf('dir', values.dir, ['ltr', 'rtl'] as const),
      src: values.src,
      label: values.label,
      'heading-level': positiveNumber('heading-level', values['heading-level'], [2, 6]),
      order: oneOf('order', values.order, ['oldest-first', 'newest-first'] as const),
      theme: oneOf('theme', values.theme, ['auto', 'light', 'dark'] as const),
      timeout,
      credentials: oneOf('credentials', values.credentials, ['omit', 'same-origin', 'include'] as const),
      filters: oneOf('filters', values.filters, ['auto', 'off'] as const),
    },
    otherAttributes,
    page: values.page,
    timeout: timeout ?? DEFAULT_TIMEOUT_MS,
    style: !v['no-style'],
    nonce: values.nonce,
    jsonLd: Boolean(v['json-ld']),
  };
  if (values.lang !== undefined && !canonical(values.lang)) throw new CliError('usage', `--lang ${JSON.stringify(values.lang)}: expected a language tag like id or en-GB`);
  const input = positionals[0];
  let rendered;
  try {
    rendered = await render(input, options);
  } catch (error) {
    if (!(error instanceof CliError) || error.kind === 'usage') throw error;
    // The input's name first, as validate writes it.
    err(`${printable(input)}: error: ${printable(error.message)}\n`);
    process.exitCode = 2;
    return;
  }
  const {html, warnings, notes, styleSource} = rendered;
  for (const warning of warnings) err(`${printable(input)}: warning: ${printable(formatWarning(warning))}\n`);
  for (const note of notes) err(`${printable(input)}: note: ${printable(note)}\n`);
  if (values.into) {
    await replaceInFile(values.into, html, styleSource);
    err(`${printable(values.into)}: timeline replaced\n`);
  } else out(html);
  if (styleSource && !values.nonce) err(`The <style> is allowed by Content-Security-Policy: style-src ${styleSource}\n`);
  process.exitCode = warnings.length ? 1 : 0;
}

function cssCommand(args: string[]) {
  const {values} = parse(args, {hash: {type: 'boolean'}});
  if (values.help) return void out(USAGE);
  out(values.hash ? `${styleHash(snippetCss)}\n` : snippetCss.trimStart());
}

async function main([command, ...args]: string[]) {
  try {
    if (command === 'validate') await validateCommand(args);
    else if (command === 'render') await renderCommand(args);
    else if (command === 'css') cssCommand(args);
    else if (command === '-v' || command === '--version') out(`${version()}\n`);
    else if (command === undefined || command === '-h' || command === '--help' || command === 'help') out(USAGE);
    else throw new CliError('usage', `Unknown command ${JSON.stringify(command)}`);
  } catch (error) {
    process.exitCode = 2;
    // A bug, not a problem with the input: its stack, for the report.
    if (!(error instanceof CliError)) return void err(`rk-timeline: internal error: ${(error as Error).stack ?? error}\n`);
    err(`rk-timeline: ${error.kind === 'usage' ? '' : 'error: '}${printable(error.message)}\n`);
    if (error.kind === 'usage') err('Run rk-timeline --help for the commands and options.\n');
  }
}

await main(process.argv.slice(2));
