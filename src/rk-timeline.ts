import {RkTimeline} from './rk-timeline-element.js';

export {RkTimeline};
export {TimelineErrorEvent, TimelineLoadEvent, type TimelineErrorDetail, type TimelineLoadDetail} from './events.js';
export {TimelineError, type TimelineErrorKind} from './timeline-error.js';
export {parseTimeline, type Timeline, type TimelineEvent, type ParseResult} from './data/parse-timeline.js';

// News pages often include the script twice, or from two URLs: the first definition wins.
if (!customElements.get('rk-timeline')) customElements.define('rk-timeline', RkTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'rk-timeline': RkTimeline;
  }
}
