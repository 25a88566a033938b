import type {EventDate} from '../data/dates.js';
import type {Timeline, TimelineEvent} from '../data/parse-timeline.js';

/** `2019-04-25`, or an interval `2006-10-14/2017-12-22`. */
export const isoDate = ({start, end}: EventDate) => (end ? `${start.iso}/${end.iso}` : start.iso);

/** Only the fields that hold something, in the format's order. */
const present = <T extends object>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)));

function eventJson(event: TimelineEvent) {
  const {media} = event;
  return present({
    id: event.id,
    date: isoDate(event.date),
    displayDate: event.displayDate,
    label: event.label,
    section: event.section,
    title: event.title,
    text: event.paragraphs.join('\n\n'),
    tags: event.tags,
    // `"alt": ""` is kept: it says the image is decorative, and the element then warns of nothing.
    media: media && {src: media.src, alt: media.alt, ...present({caption: media.caption, credit: media.credit})},
    links: event.links.map((link) => present({href: link.href, label: link.label})),
  });
}

/**
 * A parsed timeline back in the element's own JSON format (version 1), whatever format it came
 * from: the events that passed, ids made unique, addresses resolved, so the element reads from it
 * exactly what was rendered, and warns about nothing.
 */
export const timelineJson = (timeline: Timeline) => ({
  ...present({title: timeline.title, lang: timeline.lang}),
  events: timeline.events.map(eventJson),
});

/** JSON for inside a `<script>`: every `<` escaped, so no `</script>` or `<!--` can occur. */
export const scriptJson = (value: unknown, indent?: number) => JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
