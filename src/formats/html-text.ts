// TimelineJS and its Sheets template take HTML in text fields; we show plain text only. This is
// string code, no DOM, so the same reduction runs in a browser and in Node.

// Elements that start a new paragraph, opening or closing.
const BLOCK = /^(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|hr|table|tr|section|article|header|footer|aside|figure|figcaption|address)$/i;
// A tag up to `>` or the end, as a browser reads it: a `>` inside quotes does not end it, and an
// unclosed quote runs to the end (which also keeps the match linear on hostile input).
const TAG = /<\/?([a-z][a-z0-9-]*)(?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)/gi;
// Never shown by a browser, so never text: comments, declarations, script and style bodies.
const HIDDEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*(?:>|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

// Latin-1's names, U+00A0 to U+00FF in order: what European newsrooms' tools write most.
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

// HTML's own, then typography and what Windows-1252 adds to Latin-1: each name, then its character.
const OTHERS =
  'amp&lt<gt>quot"apos\'euro€ndash–mdash—lsquo‘rsquo’sbquo‚ldquo“rdquo”bdquo„hellip…bull•trade™dagger†Dagger‡permil‰' +
  'lsaquo‹rsaquo›OEligŒoeligœScaronŠscaronšYumlŸfnofƒcircˆtilde˜prime′Prime″larr←rarr→uarr↑darr↓harr↔' +
  'thinsp\u2009ensp\u2002emsp\u2003zwj\u200dzwnj\u200clrm\u200erlm\u200f';

const NAMED: Record<string, string> = {};
for (const [, name, character] of OTHERS.matchAll(/([a-z]+)([^a-z])/gi)) NAMED[name] = character;
LATIN_1.split(' ').forEach((name, index) => (NAMED[name] = String.fromCharCode(160 + index)));

/** Decodes `&amp;`, `&#8217;`, `&#x2019;` and the named entities above; leaves others as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z\d]+));/gi, (entity, decimal, hex, name) => {
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name] : entity;
    const code = decimal ? Number(decimal) : parseInt(hex, 16);
    // NUL, surrogates and numbers past Unicode decode to U+FFFD, as browsers do.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * HTML (or plain text) as our plain text: paragraphs from block elements and blank lines, joined
 * by a blank line; line breaks from `<br>`; tags, comments, scripts and styles gone; entities
 * decoded. Without any tag, the text's own line breaks are kept, as an editor typed them.
 */
export function htmlToText(html: string): string {
  // Most headlines, captions and groups are plain words: skip the passes below for them.
  if (!/[<&\n\r\0]/.test(html)) return html.replace(/[ \t\f]+/g, ' ').trim();
  let text = html.replace(/\0/g, '').replace(HIDDEN, '').replace(/\r\n?/g, '\n');
  if (text.search(TAG) >= 0) {
    // As in a browser, source line breaks are spaces; a blank line still reads as a new paragraph.
    text = text
      .replace(/\n[ \t\f]*\n[ \t\f\n]*/g, '\0')
      .replace(/[ \t\f\n]+/g, ' ')
      .replace(TAG, (_, name: string) => (BLOCK.test(name) ? '\0' : /^br$/i.test(name) ? '\n' : ''));
  }
  // Only ASCII whitespace collapses: a no-break space is the editor's choice, as in HTML.
  const line = (raw: string) => decodeEntities(raw.replace(/[ \t\f]+/g, ' ')).trim();
  return text
    .split(/\0|\n[ \t\f]*\n/)
    .map((paragraph) => paragraph.split('\n').map(line).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/** HTML as one line of plain text, for headlines, captions and credits. */
export const htmlToLine = (html: string): string => htmlToText(html).replace(/\n+/g, ' ');

/**
 * The links of HTML text, `<a href="…">words</a>`, as `[href, words]` in order: the address as
 * written (entities decoded), the words as one line. Tags are found as `htmlToText` finds them.
 */
export function htmlLinks(html: string): [href: string, words: string][] {
  const links: [string, string][] = [];
  const text = html.replace(HIDDEN, '');
  let open: [href: string, from: number] | undefined;
  for (const {0: tag, 1: name, index} of text.matchAll(TAG)) {
    if (!/^a$/i.test(name)) continue;
    // A closing tag ends the open link; so does another `<a>`, as browsers read it.
    if (open) {
      links.push([open[0], htmlToLine(text.slice(open[1], index))]);
      open = undefined;
    }
    const href = tag[1] !== '/' && /\shref\s*=\s*(?:"([^"]*)|'([^']*)|([^\s>]+))/i.exec(tag);
    if (href) open = [decodeEntities(href[1] ?? href[2] ?? href[3]).trim(), index + tag.length];
  }
  return links;
}
