/*
 * The `<rk-timeline>` of an HTML page, found the way a browser's tokenizer finds elements: a `>`
 * inside a quoted attribute value does not end a tag, and comments and the text of `<script>`,
 * `<style>` and the other raw-text elements hold no elements. It reads the page's bytes one
 * character per byte (`latin1`), so any ASCII-compatible encoding is read, and kept, as it is.
 */
// Elements whose content is text up to their end tag (noscript: as a browser with scripts reads it).
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const TAG_NAME = /<(\/?)([a-z][^\s/>]*)/iy;
const SPACE = /[\s/]*/y;
const ATTRIBUTE_NAME = /=?[^\s/>=]*/y;
const EQUALS = /\s*=\s*/y;
// An unclosed quote runs to the end of the page, as in a browser.
const VALUE = /"([^"]*)(?:"|$)|'([^']*)(?:'|$)|([^\s>]*)/y;

interface Tag {
  name: string;
  end: boolean;
  /** Where it starts (`<`) and ends (after `>`), in the page. */
  from: number;
  to: number;
  /** Names in lower case, values as written (character references not decoded); the first of a name wins. */
  attributes: Map<string, string>;
}

/** The attributes of a tag from `at`, just after its name, to its `>`; and where it ends. */
function readAttributes(page: string, at: number) {
  const attributes = new Map<string, string>();
  const sticky = (pattern: RegExp) => ((pattern.lastIndex = at), pattern.exec(page)!);
  while (at < page.length) {
    at += sticky(SPACE)[0].length;
    if (page[at] === '>') return {attributes, to: at + 1};
    const name = sticky(ATTRIBUTE_NAME)[0];
    at += name.length;
    const equals = sticky(EQUALS);
    let value = '';
    if (equals) {
      at += equals[0].length;
      const match = sticky(VALUE);
      at += match[0].length;
      value = match[1] ?? match[2] ?? match[3];
    }
    if (name && !attributes.has(name.toLowerCase())) attributes.set(name.toLowerCase(), value);
    if (!name && !equals) at++; // a stray character: read on, as a browser does
  }
  return {attributes, to: page.length};
}

/** The start and end tags of a page, in order, skipping comments, declarations and raw text. */
function* tags(page: string): Generator<Tag> {
  for (let at = page.indexOf('<'); at >= 0 && at < page.length; at = page.indexOf('<', at)) {
    if (page.startsWith('<!--', at)) {
      const close = page.indexOf('-->', at + 4);
      at = close < 0 ? page.length : close + 3;
      continue;
    }
    TAG_NAME.lastIndex = at;
    const match = TAG_NAME.exec(page);
    if (!match) {
      // `<!doctype …>`, `<?…>`, `</ …>` end at the next `>`; any other `<` is text.
      const bogus = /^<[!?/]/.test(page.slice(at, at + 2));
      at = bogus ? page.indexOf('>', at) + 1 || page.length : at + 1;
      continue;
    }
    const [whole, slash, tagName] = match;
    const name = tagName.toLowerCase();
    const {attributes, to} = readAttributes(page, at + whole.length);
    yield {name, end: slash === '/', from: at, to, attributes};
    at = to;
    if (!slash && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'gi');
      close.lastIndex = at;
      at = name === 'plaintext' ? page.length : (close.exec(page)?.index ?? page.length);
    }
  }
}

export interface FoundTimeline {
  /** From its `<` to after its end tag's `>` (and the JSON-LD script a snippet put after it). */
  from: number;
  to: number;
  /** Its start tag's attributes: names in lower case, values as written. */
  attributes: Map<string, string>;
}

/** Every `<rk-timeline>` element of a page (an unclosed one runs to the end), outermost only. */
export function timelinesIn(page: string): FoundTimeline[] {
  const found: FoundTimeline[] = [];
  let depth = 0;
  let open: Tag | undefined;
  const close = (to: number) => {
    // A snippet's JSON-LD follows its element: it is the snippet's, and goes with it.
    const jsonLd = /\s*<script type="application\/ld\+json">[\s\S]*?<\/script>/y;
    jsonLd.lastIndex = to;
    found.push({from: open!.from, to: jsonLd.exec(page) ? jsonLd.lastIndex : to, attributes: open!.attributes});
  };
  for (const tag of tags(page)) {
    if (tag.name !== 'rk-timeline') continue;
    if (!tag.end && depth++ === 0) open = tag;
    else if (tag.end && depth > 0 && --depth === 0) close(tag.to);
  }
  if (depth > 0) close(page.length);
  return found;
}
