/*
 * The element's shadow-DOM stylesheet, rewritten to style the same markup in the light DOM
 * inside <rk-timeline>, where a pre-rendered snippet puts it. The shadow root keeps the page's
 * styles out; here the page's rules reach in, so besides scoping:
 * - `:host` becomes `:where(rk-timeline)`: like `:host`, any rule of the page on the element wins;
 * - every other declaration is `!important`, and everything inside is first reset to the browser's
 *   own styles (`all: revert`), so an article's `p`, `h2` or `* {box-sizing}` rules change
 *   nothing and the static timeline has the element's boxes, to the pixel.
 * Only the CSS the element uses is understood; anything else throws, so a new construct in the
 * element's styles fails the CLI's tests instead of leaking.
 */

const HOST = 'rk-timeline';
const RESET = `:where(${HOST} .timeline, ${HOST} .timeline *), :where(${HOST} .timeline *)::before, :where(${HOST} .timeline *)::after {all: revert !important}`;

/** Splits at `separator` outside brackets, parentheses and strings. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** One selector of the shadow stylesheet for the light DOM, and whether it styles the host itself. */
function scopeSelector(selector: string): {selector: string; host: boolean} {
  if (/::slotted|:host-context|::part/.test(selector)) throw new Error(`Cannot scope the selector ${selector} for the light DOM`);
  const host = /^:host(?:\(([^)]*)\))?/.exec(selector);
  if (!host) {
    if (selector.includes(':host')) throw new Error(`Cannot scope the selector ${selector} for the light DOM`);
    return {selector: `${HOST} ${selector}`, host: false};
  }
  const element = host[1] ? `${HOST}:is(${host[1]})` : HOST;
  const rest = selector.slice(host[0].length);
  return rest ? {selector: `${element}${rest}`, host: false} : {selector: `:where(${element})`, host: true};
}

/** A block's declarations, each made `!important` unless `host`. */
function scopeDeclarations(body: string, important: boolean) {
  return splitTopLevel(body, ';')
    .map((declaration) => {
      if (!/^(--[\w-]+|[a-z-]+)\s*:/.test(declaration)) throw new Error(`Cannot read the declaration ${declaration}`);
      declaration = declaration.replace(/\s+/g, ' ');
      return important && !/!\s*important$/.test(declaration) ? `${declaration} !important` : declaration;
    })
    .join('; ');
}

/** The rules of `css` (no comments), scoped; at-rules that hold rules are scoped inside. */
function scopeRules(css: string): string[] {
  const rules: string[] = [];
  let rest = css.trim();
  while (rest) {
    const open = rest.indexOf('{');
    if (open < 0) throw new Error(`Cannot read the CSS from ${rest.slice(0, 40)}`);
    const prelude = rest.slice(0, open).trim().replace(/\s+/g, ' ');
    // The matching close, counting nested blocks.
    let depth = 0;
    let close = open;
    for (; close < rest.length; close++) {
      if (rest[close] === '{') depth++;
      else if (rest[close] === '}' && --depth === 0) break;
    }
    if (depth) throw new Error(`Unbalanced braces after ${prelude}`);
    const body = rest.slice(open + 1, close);
    rest = rest.slice(close + 1).trim();
    if (/^@(media|supports|container)\b/.test(prelude)) {
      rules.push(`${prelude} {\n${scopeRules(body).map((rule) => `  ${rule}`).join('\n')}\n}`);
    } else if (prelude.startsWith('@')) {
      throw new Error(`Cannot scope the at-rule ${prelude} for the light DOM`);
    } else {
      const selectors = splitTopLevel(prelude, ',').map(scopeSelector);
      const host = selectors.every((scoped) => scoped.host);
      if (!host && selectors.some((scoped) => scoped.host)) throw new Error(`Host and inner selectors share a rule: ${prelude}`);
      rules.push(`${selectors.map((scoped) => scoped.selector).join(', ')} {${scopeDeclarations(body, !host)}}`);
    }
  }
  return rules;
}

/** The element's stylesheet for its light DOM: the reset, then every rule scoped, one a line. */
export function scopeCss(css: string): string {
  return [RESET, ...scopeRules(css.replace(/\/\*[\s\S]*?\*\//g, ''))].join('\n');
}
