import {html, render} from 'lit';
import {RkTimeline} from './rk-timeline-element.js';

export {RkTimeline};
export {TimelineErrorEvent, TimelineLoadEvent, type TimelineErrorDetail, type TimelineLoadDetail} from './events.js';
export {TimelineError, type TimelineErrorKind} from './timeline-error.js';
export {parseTimeline, type Timeline, type TimelineEvent, type ParseResult} from './data/parse-timeline.js';

/**
 * Whether Lit can render here: Trusted Types that refuse the "rk-timeline" policy stop it (the
 * browser reports the refusal in the console).
 */
function litCanRender() {
  try {
    render(html`<i>${0}</i>`, document.createElement('div'));
    return true;
  } catch {
    return false;
  }
}

// News pages often include the script twice, or from two URLs: the first definition wins.
// Undefined, the element leaves the page's fallback content as it is.
if (!customElements.get('rk-timeline') && litCanRender()) customElements.define('rk-timeline', RkTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'rk-timeline': RkTimeline;
  }
}
