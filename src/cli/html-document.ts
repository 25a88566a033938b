/*
 * Just enough of `document` for the element's own event builder (src/render/render-events.ts),
 * which is given it, to run in Node and write HTML: elements, attributes, text and fragments,
 * serialized the way a browser's `outerHTML` would. One code path builds the events' markup in
 * the page and here.
 */

// Elements that have no end tag and no content.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Tags whose text would not be escaped: never built here (the CLI writes its own script and style).
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** Text as HTML: `&`, `<`, `>` and no-break spaces escaped, as browsers serialize text. */
export const escapeText = (text: string) =>
  text.replace(/[&<>\u00a0]/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[char] ?? '&nbsp;');

/** An attribute value for double quotes: `&`, `"` and no-break spaces escaped (`<` too, for old parsers). */
export const escapeAttribute = (value: string) =>
  value.replace(/[&"<>\u00a0]/g, (char) => ({'&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;'})[char] ?? '&nbsp;');

import type {NodeMaker} from '../render/render-events.js';

type Child = HtmlElement | string;

class HtmlParent {
  readonly childNodes: Child[] = [];

  /** Like `ParentNode.append`: strings become text, a fragment gives up its children, a node moves. */
  append(...nodes: (HtmlParent | string)[]) {
    for (const node of nodes) {
      if (typeof node === 'string') this.childNodes.push(node);
      else if (node instanceof HtmlElement) {
        node.remove();
        this.childNodes.push(node);
        node.parentNode = this;
      } else {
        for (const child of node.childNodes.splice(0)) this.append(child);
      }
    }
  }

  appendChild<T extends HtmlParent>(node: T) {
    this.append(node);
    return node;
  }

  get textContent(): string {
    return this.childNodes.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
  }

  get innerHTML(): string {
    return this.childNodes.map((child) => (typeof child === 'string' ? escapeText(child) : child.outerHTML)).join('');
  }
}

export class HtmlElement extends HtmlParent {
  readonly attributes = new Map<string, string>();
  parentNode?: HtmlParent;

  constructor(readonly localName: string) {
    super();
    if (!/^[a-z][a-z0-9-]*$/.test(localName) || RAW_TEXT.has(localName)) throw new Error(`<${localName}> cannot be built here`);
  }

  setAttribute(name: string, value: string) {
    if (!/^[a-z][a-z0-9_.:-]*$/.test(name)) throw new Error(`${JSON.stringify(name)} is not an attribute name`);
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }

  remove() {
    if (!this.parentNode) return;
    const siblings = this.parentNode.childNodes;
    siblings.splice(siblings.indexOf(this), 1);
    this.parentNode = undefined;
  }

  override append(...nodes: (HtmlParent | string)[]) {
    if (VOID.has(this.localName) && nodes.length) throw new Error(`<${this.localName}> has no content`);
    super.append(...nodes);
  }

  get outerHTML(): string {
    const attributes = [...this.attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    const start = `<${this.localName}${attributes}>`;
    return VOID.has(this.localName) ? start : `${start}${this.innerHTML}</${this.localName}>`;
  }
}

export class HtmlFragment extends HtmlParent {}

/**
 * The part of `document` the event builder calls (`NodeMaker`), for it to build with. Typed as
 * the DOM's for it: its nodes do what the builder asks of the DOM's, and no more.
 */
export const htmlDocument = {
  createElement: (tag: string) => new HtmlElement(tag),
  createDocumentFragment: () => new HtmlFragment(),
} as unknown as NodeMaker;
