import type {Timeline} from '../data/parse-timeline.js';
import {TimelineUpdateEvent} from '../events.js';
import {messagesFor} from '../i18n/messages.js';
import {diffTimeline} from '../live/diff-timeline.js';
import {startPolling} from '../live/poll.js';

/**
 * Keeps a shown timeline current, loaded on demand: with `refresh`, and for a pre-rendered
 * snippet whose `src` is checked once. A newer version is merged in by event id without moving
 * what the reader is reading or has focused; new events are marked until seen, and one polite
 * sentence says what changed.
 */
export interface LiveTimeline {
  readonly root: ShadowRoot;
  /** The timeline shown now. */
  current(): Timeline;
  /** The data again, if it changed since it was last read; throws when it cannot be had. */
  fetchChanged(signal: AbortSignal): Promise<Timeline | undefined>;
  /** Shows a newer timeline, the status region emptied; resolves once it is in the DOM. */
  show(timeline: Timeline): Promise<void>;
  /** Says a sentence in the status region. */
  announce(sentence: string): void;
  /** The `<li>` of an event, by the event's id. */
  item(id: string): HTMLElement | null;
}

// The badge sits over the top of the event, so taking it away once seen moves nothing.
const styles = new CSSStyleSheet();
styles.replaceSync(`
  .new-badge{position:absolute;top:0;inset-inline-end:2em;padding:0 .4em;border-radius:.25em;font-size:.75em;font-weight:bold;line-height:1.6;color:var(--_on-accent);background:var(--_accent)}
  @media (forced-colors:active){.new-badge{forced-color-adjust:none;color:HighlightText;background:Highlight}}
`);

/**
 * Where the reader is: the focused element, by the event or the filters holding it and its place
 * there, and the first event on screen with its distance from the top of the viewport.
 */
function placeOf(root: ShadowRoot) {
  const focused = root.activeElement;
  const holder = focused?.closest<HTMLElement>('[part~=item], [part~=filters]');
  const onScreen = [...root.querySelectorAll<HTMLElement>('[part~=item]')].find((item) => {
    const {top, bottom} = item.getBoundingClientRect();
    return bottom > 0 && top < innerHeight;
  });
  return {
    focus: holder && {id: holder.id, index: [...holder.querySelectorAll('*')].indexOf(focused!)},
    anchor: onScreen && {id: onScreen.id, top: onScreen.getBoundingClientRect().top},
  };
}

function restorePlace(root: ShadowRoot, {focus, anchor}: ReturnType<typeof placeOf>) {
  const anchorItem = anchor && root.getElementById(anchor.id);
  if (anchorItem) scrollBy(0, anchorItem.getBoundingClientRect().top - anchor.top);
  const holder = focus && (focus.id ? root.getElementById(focus.id) : root.querySelector<HTMLElement>('[part~=filters]'));
  const target = holder && (focus.index < 0 ? holder : holder.querySelectorAll<HTMLElement>('*')[focus.index]);
  target?.focus({preventScroll: true});
}

/**
 * Checks at once when `checkNow` (a pre-rendered snippet), then every `interval` ms if it is not
 * 0, until `signal` aborts. A failed check keeps what is shown and backs off; a version without
 * events is not applied.
 */
export function followUpdates(live: LiveTimeline, {interval, checkNow, signal}: {interval: number; checkNow: boolean; signal: AbortSignal}) {
  const {root} = live;
  if (!root.adoptedStyleSheets.includes(styles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
  const language = () => root.querySelector('[lang]')?.getAttribute('lang') ?? 'en';

  // New events keep their badge across later updates (each rebuilds the list) until each has
  // been half on screen for a few seconds.
  const unseen = new Set<string>();
  const idOf = new WeakMap<Element, string>();
  const seen = new IntersectionObserver((entries) => {
    for (const {target, isIntersecting} of entries) {
      if (!isIntersecting) continue;
      seen.unobserve(target);
      setTimeout(() => {
        unseen.delete(idOf.get(target)!);
        target.querySelector('.new-badge')?.remove();
      }, 5000);
    }
  }, {threshold: 0.5});
  signal.addEventListener('abort', () => seen.disconnect());
  const markUnseen = () => {
    seen.disconnect();
    const label = messagesFor(language()).new;
    for (const id of unseen) {
      const item = live.item(id);
      if (!item) {
        unseen.delete(id);
        continue;
      }
      const badge = Object.assign(document.createElement('span'), {className: 'new-badge', textContent: label});
      badge.part.add('new');
      item.querySelector('.marker')!.after(badge);
      idOf.set(item, id);
      seen.observe(item);
    }
  };

  const merge = async (timeline: Timeline) => {
    // A cleared sheet, or a version whose every event is invalid, is far likelier a mistake than
    // a story withdrawn: readers keep what they see, and the newsroom finds out in the console.
    const shown = live.current().events.length;
    if (shown && !timeline.events.length) {
      console.warn(`<rk-timeline>: the new version of the data has no events that can be shown; it is not applied; kept the ${shown} events shown`);
      return;
    }
    const diff = diffTimeline(live.current().events, timeline.events);
    const {added, changed, removed} = diff;
    if (!added.length && !changed.length && !removed.length) return;
    const place = placeOf(root);
    await live.show(timeline);
    restorePlace(root, place);
    for (const id of added) unseen.add(id);
    markUnseen();
    root.host.dispatchEvent(new TimelineUpdateEvent(diff));
    const said = messagesFor(language());
    const count = (n: number) => n.toLocaleString(language());
    const parts = [added.length && said.added(count(added.length), added.length), changed.length && said.changed(count(changed.length)), removed.length && said.removed(count(removed.length))];
    // After the emptied region has been seen empty: the same sentence twice in a row is said twice.
    setTimeout(() => live.announce(`${parts.filter(Boolean).join(', ')}.`), 100);
  };

  const check = async (checkSignal: AbortSignal) => {
    try {
      const timeline = await live.fetchChanged(checkSignal);
      if (timeline && !checkSignal.aborted) await merge(timeline);
    } catch (error) {
      if (!checkSignal.aborted) console.warn(`<rk-timeline>: kept what is shown: ${(error as Error).message}`);
      throw error; // to back off
    }
  };
  const first = checkNow ? check(signal).catch(() => {}) : Promise.resolve();
  if (interval) first.then(() => startPolling({interval, check, signal}));
}
