// The same events in each subject's own format: rk-timeline's JSON, TimelineJS 3's JSON, and
// the plain HTML list that is the floor. Content is equivalent: same dates, headlines and text.
import {isoDate, timelineTitle} from './events.mjs';

/** rk-timeline's data format (docs/data-format.md): ISO dates, `start/end` for intervals. */
export function rkJson(events) {
  return JSON.stringify({
    lang: 'en',
    title: timelineTitle,
    events: events.map(({date, title, paragraphs}) => ({
      date: date.end ? `${isoDate(date.start)}/${isoDate(date.end)}` : isoDate(date.start),
      title,
      text: paragraphs.join('\n\n'),
    })),
  });
}

/** TimelineJS 3: date parts as strings, text as HTML, and the title slide it usually has. */
export function timelineJsJson(events) {
  const parts = ({year, month, day}) =>
    Object.fromEntries(Object.entries({year, month, day}).filter(([, v]) => v).map(([k, v]) => [k, String(v)]));
  return JSON.stringify({
    title: {text: {headline: timelineTitle, text: ''}},
    events: events.map(({date, title, paragraphs}) => ({
      start_date: parts(date.start),
      ...(date.end && {end_date: parts(date.end)}),
      text: {headline: escapeHtml(title), text: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')},
    })),
  });
}

// Dates read as rk-timeline writes them in English, never more precise than given.
const formats = {
  year: new Intl.DateTimeFormat('en', {year: 'numeric', timeZone: 'UTC'}),
  month: new Intl.DateTimeFormat('en', {year: 'numeric', month: 'long', timeZone: 'UTC'}),
  day: new Intl.DateTimeFormat('en', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}),
};
function readableDate({year, month, day}) {
  const precision = day ? 'day' : month ? 'month' : 'year';
  return formats[precision].format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
}

/** The floor: an `<ol>` with `<time datetime>`, a heading and paragraphs, as rk-timeline renders. */
export function staticList(events) {
  const items = events.map(({date, title, paragraphs}) => {
    const end = date.end ? ` – <time datetime="${isoDate(date.end)}">${readableDate(date.end)}</time>` : '';
    const when = `<time datetime="${isoDate(date.start)}">${readableDate(date.start)}${end}</time>`;
    const text = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
    return `<li>${when}<h3>${escapeHtml(title)}</h3>${text}</li>`;
  });
  return `<ol class="timeline" aria-label="${escapeHtml(timelineTitle)}">\n${items.join('\n')}\n</ol>`;
}
