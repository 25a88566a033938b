import {isUtf8} from 'node:buffer';
import {readFile, writeFile} from 'node:fs/promises';
import {safeUrl} from '../data/safe-url.js';
import {canonical} from '../i18n/language.js';
import type {TimelineWarning} from '../data/timeline-warning.js';
import {loadTimeline} from './load.js';
import {UNKNOWN_PAGE, withPageRelativeAddresses} from './page-address.js';
import {decodeEntities} from '../formats/html-text.js';
import {timelinesIn} from './html-page.js';
import {CliError} from './read-input.js';
import {renderSnippet, snippetCss, styleHash, type SnippetOptions} from './snippet.js';

export interface RenderOptions {
  attributes: Omit<SnippetOptions['attributes'], 'lang'> & {lang?: string};
  otherAttributes?: Record<string, string>;
  /** The article's address; relative `src` and relative addresses in a local file resolve against it. */
  page?: string;
  timeout: number;
  style: boolean;
  nonce?: string;
  jsonLd: boolean;
}

export interface Rendered {
  html: string;
  warnings: TimelineWarning[];
  /** What the editor should know besides: the language used when none was given. */
  notes: string[];
  /** The CSP source allowing the snippet's `<style>`, when it has one. */
  styleSource?: string;
}

export async function render(input: string, {attributes, otherAttributes, page, timeout, style, nonce, jsonLd}: RenderOptions): Promise<Rendered> {
  const pageUrl = page ? safeUrl(page, 'about:blank', true)?.split('#')[0] : undefined;
  if (page && !pageUrl) throw new CliError('usage', `--page ${JSON.stringify(page)} is not an http(s) address`);
  const src = attributes.src ? safeUrl(attributes.src, pageUrl ?? UNKNOWN_PAGE, true) : undefined;
  if (attributes.src && !src) throw new CliError('usage', `--src ${JSON.stringify(attributes.src)} is not an http(s) or relative address`);
  const loaded = await loadTimeline(input, {timeout, base: src ?? pageUrl});
  const timeline = withPageRelativeAddresses(loaded.timeline);
  const notes: string[] = [];
  let lang = canonical(attributes.lang) ?? timeline.lang;
  if (!lang) {
    lang = 'en';
    notes.push('the data names no language and --lang gave none: dates are written in English (--lang en)');
  }
  const html = renderSnippet(timeline, {
    attributes: {...attributes, lang},
    otherAttributes,
    // The element re-checks `src` against what the snippet was made from, and fetches it only if it changed.
    validators: attributes.src ? loaded.input.validators : undefined,
    page: pageUrl ?? '',
    style,
    nonce,
    jsonLd,
  });
  return {html, warnings: loaded.warnings, notes, styleSource: style ? styleHash(snippetCss) : undefined};
}

/** The snippet's lines after the first indented by `indent`, but for its style's text, whose hash is fixed. */
function indented(html: string, indent: string) {
  let inStyle = false;
  return html
    .split('\n')
    .map((line, index) => {
      const keep = index === 0 || inStyle;
      if (/<style\b/.test(line)) inStyle = true;
      if (/<\/style>/.test(line)) inStyle = false;
      return keep || !line ? line : `${indent}${line}`;
    })
    .join('\n');
}

/**
 * The snippet in ASCII, for a page in another encoding than UTF-8: characters past ASCII as
 * character references, and inside its scripts (JSON) as `\u` escapes. Its style is ASCII.
 */
const asciiOnly = (html: string) =>
  html.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)|[^\0-\x7f]/gu, (match, open, json, close) =>
    open ? `${open}${json.replace(/[^\0-\x7f]/g, (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)}${close}` : `&#x${match.codePointAt(0)!.toString(16)};`);

interface Page {
  /** The bytes, one character each: offsets in it are offsets in the file. */
  text: string;
  utf8: boolean;
  /** Bytes of `text` as the page's characters. */
  decode: (latin1: string) => string;
  /** Where its element is in `text`. */
  from: number;
  to: number;
  /** The element's attributes, character references decoded. */
  attributes: Record<string, string>;
}

/**
 * An HTML file and its one `<rk-timeline>`. Refused: a page in UTF-16, whose bytes cannot be
 * read as ASCII; none or several elements; attributes with character references it cannot read.
 */
async function readPage(file: string): Promise<Page> {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError('file', `Could not read ${file}: ${(error as Error).message}`);
  }
  if (/^(?:\xfe\xff|\xff\xfe)/.test(bytes.subarray(0, 2).toString('latin1'))) {
    throw new CliError('file', `${file} is in UTF-16; --into can keep pages in UTF-8 or an encoding that extends ASCII (Windows-1252, ISO-8859-…): save it as UTF-8`);
  }
  const text = bytes.toString('latin1');
  const timelines = timelinesIn(text);
  if (timelines.length !== 1) throw new CliError('file', `${file} has ${timelines.length} <rk-timeline> elements; --into needs exactly one`);
  const [found] = timelines;
  // A page that names another charset, or whose bytes are not UTF-8, gets a snippet in ASCII.
  const charset = /<meta\b[^>]*charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(text.slice(0, 1024))?.[1];
  const utf8 = isUtf8(bytes) && (!charset || /^utf-?8$/i.test(charset));
  const decode = (latin1: string) => new TextDecoder(utf8 ? 'utf-8' : 'windows-1252').decode(Buffer.from(latin1, 'latin1'));
  const attributes: Record<string, string> = {};
  const unreadable: string[] = [];
  for (const [name, raw] of found.attributes) {
    const written = decode(raw);
    attributes[name] = decodeEntities(written);
    for (const [reference] of written.matchAll(/&[a-z][a-z\d]*;/gi)) if (decodeEntities(reference) === reference) unreadable.push(reference);
  }
  if (unreadable.length) {
    throw new CliError('file', `${file}: the <rk-timeline> has character references that --into cannot read (${unreadable.join(', ')}): write the characters themselves, or as &#…; numbers`);
  }
  return {text, utf8, decode, from: found.from, to: found.to, attributes};
}

/**
 * The attributes of the one `<rk-timeline>` of an HTML file, so that rendering it again keeps
 * what the page gave it (its id, which its event links use; its class; `refresh`…).
 */
export async function attributesInFile(file: string): Promise<Record<string, string>> {
  return (await readPage(file)).attributes;
}

/**
 * Puts `html` in place of the one `<rk-timeline>` of an HTML file, and wherever the file names the
 * old snippet's style hash (its Content-Security-Policy), the new one. Every other byte of the
 * file stays as it was; the snippet follows the page's line breaks and, in a page that is not
 * UTF-8, is written in ASCII.
 */
export async function replaceInFile(file: string, html: string, styleSource?: string) {
  const {text, utf8, decode, from, to} = await readPage(file);
  const element = text.slice(from, to);
  // What a browser hashes: the style's text decoded, its line breaks as LF (the parser's first step).
  const oldStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/i.exec(element)?.[1];
  const oldHash = oldStyle === undefined ? undefined : styleHash(decode(oldStyle).replace(/\r\n?/g, '\n'));
  const indent = /[ \t]*$/.exec(text.slice(Math.max(0, from - 200), from))![0];
  const lineBreak = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const snippet = indented(html.trimEnd(), indent).replaceAll('\n', lineBreak);
  const swapHash = (latin1: string) => (oldHash && styleSource ? latin1.replaceAll(oldHash, styleSource) : latin1);
  await writeFile(file, Buffer.concat([
    Buffer.from(swapHash(text.slice(0, from)), 'latin1'),
    utf8 ? Buffer.from(snippet, 'utf8') : Buffer.from(asciiOnly(snippet), 'latin1'),
    Buffer.from(swapHash(text.slice(to)), 'latin1'),
  ]));
}
