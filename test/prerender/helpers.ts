import {fixtureSync, html, waitUntil} from '@open-wc/testing';
import {patiently} from '../wait.js';

// Opening a snippet made by `rk-timeline render` from the seed, in an article page served by
// test/server/prerender-middleware.mjs, with JavaScript off or on.

export interface SeedEvent {
  id: string;
  date: string;
  title: string;
}

export const seed = async () => ((await (await fetch('/data/russia-north-korea.json')).json()) as {events: SeedEvent[]}).events;

export const pageUrl = (args: string[], {csp, module}: {csp?: string; module?: boolean} = {}) =>
  `/prerender/page?args=${encodeURIComponent(JSON.stringify(args))}${csp ? `&csp=${encodeURIComponent(csp)}` : ''}${module ? '&module=1' : ''}`;

/** Opens a page in a frame; `scripts: false` sandboxes it without allow-scripts: JavaScript is off there. */
export async function openPage(url: string, {scripts}: {scripts: boolean}) {
  const frame = scripts
    ? fixtureSync<HTMLIFrameElement>(html`<iframe src=${url} width="800" height="600"></iframe>`)
    : fixtureSync<HTMLIFrameElement>(html`<iframe sandbox="allow-same-origin" src=${url} width="800" height="600"></iframe>`);
  await waitUntil(
    () => frame.contentDocument?.location.pathname === '/prerender/page' && frame.contentDocument.readyState === 'complete',
    `${url} loaded`,
    patiently,
  );
  return {frame, window: frame.contentWindow as Window & typeof globalThis, document: frame.contentDocument!};
}

/** An element's box in the page, rounded to a tenth of a pixel. */
export function box(element: Element) {
  const {x, y, width, height} = element.getBoundingClientRect();
  const round = (value: number) => Math.round(value * 10) / 10;
  return {x: round(x), y: round(y), width: round(width), height: round(height)};
}

/** The next frame, or 100 ms in a page in the background, which gets no frames. */
export const nextFrame = (window: Window) =>
  new Promise((resolve) => {
    window.requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  });

/** The static events, in the light DOM of the page's timeline. */
export const staticItems = (document: Document) => [...document.querySelectorAll<HTMLLIElement>('rk-timeline > .timeline [part~="item"]')];

/**
 * Opens the snippet with scripts allowed and the bundle not yet loaded, measures the static
 * events, loads the bundle, and measures the element's own. `args`: render's options.
 */
export async function upgrade(args: string[]) {
  const {window, document} = await openPage(pageUrl(args), {scripts: true});
  const shifts: number[] = [];
  if (window.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')) {
    new window.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {value: number})[]) shifts.push(entry.value);
    }).observe({type: 'layout-shift', buffered: true});
  }
  await nextFrame(window);
  const before = staticItems(document).map(box);
  const after = box(document.getElementById('after')!);
  const loaded = new Promise<Event>((resolve) => document.addEventListener('rk-timeline-load', resolve, {once: true}));
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/rk-timeline.js';
  document.head.append(script);
  const event = (await loaded) as CustomEvent<{count: number; url?: string}>;
  await nextFrame(window);
  await nextFrame(window);
  const element = document.querySelector('rk-timeline')!;
  return {window, document, element, event, before, after, shifts};
}
