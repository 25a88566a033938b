import type {TimelineEvent} from '../data/parse-timeline.js';
import type {Messages} from '../i18n/messages.js';
import {element, type NodeMaker} from './render-events.js';

/**
 * The tag filters: "All", pressed, then a toggle button per tag in reading order. Built with the
 * list, so they take their place before it does and nothing moves; what they do loads on demand
 * (`features/filter-bar.ts`).
 */
export function renderFilters(events: readonly TimelineEvent[], messages: Messages, document: NodeMaker) {
  const button = (text: string, tag: string) =>
    element(document, 'button', {type: 'button', part: 'filter', 'aria-pressed': String(!tag), 'data-tag': tag}, text);
  const tags = new Set(events.flatMap((event) => event.tags));
  const fieldset = element(document, 'fieldset', {part: 'filters', class: 'filters'}, element(document, 'legend', {}, messages.filter), button(messages.all, ''));
  // One by one, never spread into a call: a spread's items go on the stack.
  for (const tag of tags) fieldset.appendChild(button(tag, tag));
  return fieldset;
}
