import type {Timeline} from '../data/parse-timeline.js';

// Where the article will live is often unknown when its snippet is made. Relative addresses in
// the data are then resolved against this stand-in page, deep enough for any `../`, and written
// back relative to it: the snippet's links and images resolve against the real page, as the
// element resolves inline data against the document.
const DEPTH = 16;
const UNKNOWN_ORIGIN = 'https://unknown-page.invalid';
export const UNKNOWN_PAGE = `${UNKNOWN_ORIGIN}${'/_'.repeat(DEPTH)}/`;

/** An address resolved against `UNKNOWN_PAGE`, relative to it again; any other, as it is. */
export function relativeToPage(href: string): string {
  const url = new URL(href);
  if (url.origin !== UNKNOWN_ORIGIN) return href;
  let path = url.pathname;
  let shared = 0;
  while (shared < DEPTH && path.startsWith('/_/')) {
    path = path.slice(2);
    shared++;
  }
  const relative = shared ? `${'../'.repeat(DEPTH - shared)}${path.slice(1)}` : path;
  // A first segment with a colon would read as a scheme (`./javascript:…` must not become
  // `javascript:…`), and a leading `//` as a host: both stay paths.
  const safePath = /^[^/?#]*:|^\/\//.test(relative) ? `./${relative}` : relative;
  return `${safePath}${url.search}${url.hash}` || './';
}

/** The timeline with every address it holds made relative to the page, where it was resolved against the stand-in. */
export function withPageRelativeAddresses(timeline: Timeline): Timeline {
  return {
    ...timeline,
    events: timeline.events.map((event) => ({
      ...event,
      media: event.media && {...event.media, src: relativeToPage(event.media.src)},
      links: event.links.map((link) => (link.href ? {...link, href: relativeToPage(link.href)} : link)),
    })),
  };
}
