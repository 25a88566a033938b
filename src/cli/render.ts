import {readFile, writeFile} from 'node:fs/promises';
import {safeUrl} from '../data/safe-url.js';
import {canonical} from '../i18n/language.js';
import type {TimelineWarning} from '../data/timeline-warning.js';
import {loadTimeline} from './load.js';
import {UNKNOWN_PAGE, withPageRelativeAddresses} from './page-address.js';
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

// The element as a pre-rendered snippet writes it, and its JSON-LD if it follows.
const SNIPPET = /<rk-timeline\b[^>]*>[\s\S]*?<\/rk-timeline>(?:\s*<script type="application\/ld\+json">[\s\S]*?<\/script>)?/g;

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

const decodeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The attributes of the one `<rk-timeline>` of an HTML file, so that rendering it again keeps
 * what the page gave it (its id, which its event links use; its class; `refresh`…).
 */
export async function attributesInFile(file: string): Promise<Record<string, string>> {
  let page;
  try {
    page = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError('file', `Could not read ${file}: ${(error as Error).message}`);
  }
  const tags = page.match(/<rk-timeline\b[^>]*>/g) ?? [];
  if (tags.length !== 1) throw new CliError('file', `${file} has ${tags.length} <rk-timeline> elements; --into needs exactly one`);
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of tags[0].slice('<rk-timeline'.length).matchAll(/([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes[name.toLowerCase()] = decodeAttribute(double ?? single ?? bare ?? '');
  }
  return attributes;
}

/**
 * Puts `html` in place of the one `<rk-timeline>` of an HTML file, and wherever the file names the
 * old snippet's style hash (its Content-Security-Policy), the new one.
 */
export async function replaceInFile(file: string, html: string, styleSource?: string) {
  let page;
  try {
    page = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError('file', `Could not read ${file}: ${(error as Error).message}`);
  }
  const found = page.match(SNIPPET) ?? [];
  if (found.length !== 1) throw new CliError('file', `${file} has ${found.length} <rk-timeline> elements; --into needs exactly one`);
  const oldStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/.exec(found[0])?.[1];
  const indent = /([ \t]*)<rk-timeline\b/.exec(page)![1];
  let updated = page.replace(SNIPPET, () => indented(html.trimEnd(), indent));
  if (oldStyle !== undefined && styleSource) updated = updated.replaceAll(styleHash(oldStyle), styleSource);
  await writeFile(file, updated);
}
