import {html, nothing} from 'lit';
import {formatDate, type EventDate} from '../data/dates.js';
import type {TimelineEvent, TimelineLink, TimelineMedia} from '../data/parse-timeline.js';

export interface RenderContext {
  language: string;
  /** 2–6: the level of each event's heading; anything else means 3. */
  headingLevel: number;
}

// Lit cannot bind a tag name, and one template per level keeps the markup static. Levels
// outside 2–6 fall to the default, 3.
function renderHeading(level: number, title: string) {
  switch (level) {
    case 2: return html`<h2 part="title">${title}</h2>`;
    case 4: return html`<h4 part="title">${title}</h4>`;
    case 5: return html`<h5 part="title">${title}</h5>`;
    case 6: return html`<h6 part="title">${title}</h6>`;
    default: return html`<h3 part="title">${title}</h3>`;
  }
}

/** The start's `<time>` holds the whole date, an interval's end nested in its own `<time>`. */
function renderDate({start, end}: EventDate, displayDate: string | undefined, language: string) {
  const text = displayDate ?? html`${formatDate(start, language)}${
    end ? html` – <time datetime=${end.iso}>${formatDate(end, language)}</time>` : nothing
  }`;
  return html`<time part="date" class="date" datetime=${start.iso}>${text}</time>`;
}

function renderLink({href, label}: TimelineLink) {
  if (!href) return label;
  return html`<a part="link" href=${href} rel="noopener noreferrer">${label}</a>`;
}

// Caption and credit share a line: <bdi> keeps a stray direction mark in one from turning the other.
function renderMedia({src, alt, caption, credit}: TimelineMedia) {
  return html`<figure part="media">
    <img src=${src} alt=${alt} loading="lazy" referrerpolicy="no-referrer" />
    ${caption || credit
      ? html`<figcaption><bdi>${caption}</bdi> <bdi>${credit}</bdi></figcaption>`
      : nothing}
  </figure>`;
}

function renderEvent(event: TimelineEvent, {language, headingLevel}: RenderContext) {
  const {date, paragraphs, media, links} = event;
  return html`<li part="item" class="event ${date.start.precision}${date.end ? ' interval' : ''}">
    <span part="marker" class="marker"></span>
    ${renderDate(date, event.displayDate, language)}
    ${renderHeading(headingLevel, event.title)}
    ${paragraphs.map((paragraph) => html`<p part="text">${paragraph}</p>`)}
    ${media ? renderMedia(media) : nothing}
    ${links.length ? html`<ul class="links">${links.map((link) => html`<li>${renderLink(link)}</li>`)}</ul>` : nothing}
  </li>`;
}

export function renderEvents(events: readonly TimelineEvent[], context: RenderContext) {
  return events.map((event) => renderEvent(event, context));
}
