// TimelineJS and its Sheets template take HTML in text fields; we show plain text only. This is
// string code, no DOM, so the same reduction runs in a browser and in Node.

// Elements that start a new paragraph, opening or closing.
const BLOCK = /^(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|hr|table|tr|section|article|header|footer|aside|figure|figcaption|address)$/i;
// A tag up to `>` or the end, as a browser reads it: a `>` inside quotes does not end it, and an
// unclosed quote runs to the end (which also keeps the match linear on hostile input).
const TAG = /<\/?([a-z][a-z0-9-]*)(?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)/gi;
// Never shown by a browser, so never text: comments, declarations, script and style bodies.
const HIDDEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*(?:>|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  // The typography editors type by name most often.
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©',
};

/** Decodes `&amp;`, `&#8217;`, `&#x2019;` and the named entities above; leaves others as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (entity, decimal, hex, name) => {
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
