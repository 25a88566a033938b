import type {Timeline} from '../data/parse-timeline.js';
import {TimelineUpdateEvent} from '../events.js';
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
  /** Shows a newer timeline with a sentence for the status region; resolves once it is in the DOM. */
  show(timeline: Timeline, announcement: string): Promise<void>;
  /** The `<li>` of an event, by the event's id. */
  item(id: string): HTMLElement | null;
}

type Counts = [added: number, changed: number, removed: number];
const say = (language: string, [added, changed, removed]: Counts) => {
  const count = (n: number) => n.toLocaleString(language);
  const parts: Record<string, string[]> = {
    en: [added ? `${count(added)} new ${added === 1 ? 'event' : 'events'}` : '', changed ? `${count(changed)} updated` : '', removed ? `${count(removed)} removed` : ''],
    id: [added ? `${count(added)} peristiwa baru` : '', changed ? `${count(changed)} diperbarui` : '', removed ? `${count(removed)} dihapus` : ''],
    ar: [added ? `أحداث جديدة: ${count(added)}` : '', changed ? `محدّثة: ${count(changed)}` : '', removed ? `محذوفة: ${count(removed)}` : ''],
  };
  const primary = language.split('-')[0].toLowerCase();
  return `${(parts[primary === 'in' ? 'id' : primary] ?? parts.en).filter(Boolean).join(', ')}.`;
};
const NEW: Record<string, string> = {en: 'New', id: 'Baru', in: 'Baru', ar: 'جديد'};

// The badge sits over the top of the event, so taking it away once seen moves nothing.
const styles = new CSSStyleSheet();
styles.replaceSync(`
  .new-badge{position:absolute;top:0;inset-inline-end:2em;padding:0 .4em;border-radius:.25em;font-size:.75em;font-weight:bold;line-height:1.6;color:var(--rk-timeline-background,Canvas);background:var(--_accent)}
  @media (forced-colors:active){.new-badge{forced-color-adjust:none;color:HighlightText;background:Highlight}}
`);

/** Where the reader is: the focused element, by its event and place in it, and the first event in view. */
function placeOf(live: LiveTimeline) {
  const focused = live.root.activeElement as HTMLElement | null;
  const focusedItem = focused?.closest<HTMLElement>('[part~=item]');
  const inView = [...live.root.querySelectorAll<HTMLElement>('[part~=item]')].find((item) => item.getBoundingClientRect().bottom > 0);
  return {
    focus: focusedItem && {id: focusedItem.id, index: [...focusedItem.querySelectorAll('*')].indexOf(focused!)},
    anchor: inView && {id: inView.id, top: inView.getBoundingClientRect().top},
  };
}

function restorePlace(root: ShadowRoot, {focus, anchor}: ReturnType<typeof placeOf>) {
  const anchorItem = anchor && root.getElementById(anchor.id);
  if (anchorItem) scrollBy(0, anchorItem.getBoundingClientRect().top - anchor.top);
  const focusItem = focus && root.getElementById(focus.id);
  const target = focusItem && (focus.index < 0 ? focusItem : focusItem.querySelectorAll<HTMLElement>('*')[focus.index]);
  target?.focus({preventScroll: true});
}

/** Marks new events until the reader has had them on screen for a few seconds. */
function markNew(live: LiveTimeline, ids: string[]) {
  const language = live.root.querySelector('[lang]')?.getAttribute('lang') ?? 'en';
  const seen = new IntersectionObserver((entries) => {
    for (const {target, isIntersecting} of entries) {
      if (!isIntersecting) continue;
      seen.unobserve(target);
      setTimeout(() => target.querySelector('.new-badge')?.remove(), 5000);
    }
  }, {threshold: 0.5});
  for (const id of ids) {
    const item = live.item(id);
    if (!item) continue;
    const badge = Object.assign(document.createElement('span'), {className: 'new-badge', textContent: NEW[language.split('-')[0].toLowerCase()] ?? NEW.en});
    badge.part.add('new');
    item.querySelector('.marker')!.after(badge);
    seen.observe(item);
  }
}

async function merge(live: LiveTimeline, timeline: Timeline) {
  const diff = diffTimeline(live.current().events, timeline.events);
  const counts: Counts = [diff.added.length, diff.changed.length, diff.removed.length];
  if (!counts.some(Boolean)) return;
  const place = placeOf(live);
  const language = live.root.querySelector('[lang]')?.getAttribute('lang') ?? 'en';
  await live.show(timeline, say(language, counts));
  restorePlace(live.root, place);
  markNew(live, diff.added);
  live.root.host.dispatchEvent(new TimelineUpdateEvent(diff));
}

/**
 * Checks at once when `checkNow` (a pre-rendered snippet), then every `interval` ms if it is not
 * 0, until `signal` aborts. A failed check keeps what is shown and backs off.
 */
export function followUpdates(live: LiveTimeline, {interval, checkNow, signal}: {interval: number; checkNow: boolean; signal: AbortSignal}) {
  live.root.adoptedStyleSheets = [...live.root.adoptedStyleSheets, styles];
  const check = async (checkSignal: AbortSignal) => {
    try {
      const timeline = await live.fetchChanged(checkSignal);
      if (timeline && !checkSignal.aborted) await merge(live, timeline);
    } catch (error) {
      if (!checkSignal.aborted) console.warn(`<rk-timeline>: kept what is shown: ${(error as Error).message}`);
      throw error; // to back off
    }
  };
  const first = checkNow ? check(signal).catch(() => {}) : Promise.resolve();
  if (interval) first.then(() => startPolling({interval, check, signal}));
}
