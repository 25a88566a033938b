import {fixtureSync, oneEvent} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {RkTimeline} from '../../src/rk-timeline.js';
import type {TimelineErrorEvent, TimelineLoadEvent} from '../../src/events.js';
import '../../src/rk-timeline.js';

/** A unique key per call, so fault-server counters never mix between tests. */
export const uniqueKey = () => Math.random().toString(36).slice(2);

/** Lets the server answer `/fault/held?key=…`, which waits for this: a load lasts as long as a test needs. */
export const release = (key: string) => fetch(`/fault/release?key=${key}`);

/**
 * Renders a fixture (a timeline, or a wrapper around one) and waits for the timeline to load
 * or fail. Listening on the document catches events fired before `fixture` resolves.
 */
export async function settled(template: TemplateResult) {
  const done = new Promise<TimelineLoadEvent | TimelineErrorEvent>((resolve) => {
    const listen = (event: Event) => resolve(event as TimelineLoadEvent | TimelineErrorEvent);
    document.addEventListener('rk-timeline-load', listen, {once: true});
    document.addEventListener('rk-timeline-error', listen, {once: true});
  });
  // fixtureSync: `fixture` waits a frame for non-Lit roots, and pages in the background get none.
  const root = fixtureSync<HTMLElement>(template);
  const event = await done;
  const element = (root.localName === 'rk-timeline' ? root : root.querySelector('rk-timeline')!) as RkTimeline;
  return {element, event, root};
}

export const nextLoad = (element: RkTimeline) => oneEvent(element, 'rk-timeline-load');
export const nextError = (element: RkTimeline) => oneEvent(element, 'rk-timeline-error');

export const shadow = (element: RkTimeline) => element.shadowRoot!;
export const items = (element: RkTimeline) => [...shadow(element).querySelectorAll<HTMLLIElement>('[part~="item"]')];
export const part = <T extends Element = HTMLElement>(element: RkTimeline, name: string) =>
  shadow(element).querySelector<T>(`[part~="${name}"]`);
export const texts = (element: RkTimeline, name: string) =>
  [...shadow(element).querySelectorAll(`[part~="${name}"]`)].map((node) => node.textContent!.trim());
