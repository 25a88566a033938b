// The benchmark's events, made up but shaped like a news timeline: a seeded generator, so every
// run and every subject gets the very same events. Dates are in order, mostly days, some months,
// years and intervals; each event has a headline and 30–60 words in one or two paragraphs.

/** mulberry32: a tiny seeded PRNG; Math.random would make every run's data different. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const actors = ['The foreign minister', 'Parliament', 'The central bank', 'Negotiators', 'The president',
  'Opposition leaders', 'A UN envoy', 'The defence ministry', 'Trade officials', 'The prime minister',
  'Regional governors', 'The supreme court', 'Union leaders', 'The energy regulator', 'Army commanders'];
const actions = ['signs', 'rejects', 'announces', 'suspends', 'ratifies', 'questions', 'extends', 'revives',
  'approves', 'postpones', 'expands', 'abandons'];
const objects = ['a rail link', 'the border treaty', 'new sanctions', 'a fishing accord', 'the pipeline deal',
  'talks on grain exports', 'a joint naval drill', 'the visa waiver', 'an aid package', 'the port lease',
  'a power-sharing plan', 'the ceasefire terms'];
const places = ['Vladivostok', 'Pyongyang', 'Moscow', 'Geneva', 'Beijing', 'Seoul', 'Khabarovsk', 'Rason',
  'Ulaanbaatar', 'Hanoi', 'Singapore', 'Panmunjom'];
const words = ('officials said the agreement would take effect next month after a review by both '
  + 'governments while critics warned that the terms left open questions about funding oversight '
  + 'and the role of regional authorities in the months ahead observers noted that similar plans '
  + 'had stalled before over costs security concerns and shifting priorities on both sides of the '
  + 'border the announcement followed weeks of quiet meetings between delegations').split(' ');

const pick = (random, list) => list[Math.floor(random() * list.length)];
const pad = (number) => String(number).padStart(2, '0');

function sentence(random, length) {
  const body = Array.from({length}, () => pick(random, words)).join(' ');
  return `${body[0].toUpperCase()}${body.slice(1)}.`;
}

/** 30–60 words: one paragraph, or two a third of the time (rk separates them with a blank line). */
function paragraphs(random) {
  const total = 30 + Math.floor(random() * 31);
  const sentences = [];
  for (let left = total; left > 0; ) {
    const length = Math.min(left, 8 + Math.floor(random() * 10));
    sentences.push(sentence(random, length));
    left -= length;
  }
  if (random() >= 1 / 3 || sentences.length < 2) return [sentences.join(' ')];
  const half = Math.ceil(sentences.length / 2);
  return [sentences.slice(0, half).join(' '), sentences.slice(half).join(' ')];
}

/** Day 70 %, month 15 %, year 10 %, interval 5 %. Parts are numbers; `iso` is rk's form. */
function dateAt(random, day) {
  const at = new Date(Date.UTC(1950, 0, 1) + day * 86400000);
  const parts = {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate()};
  const roll = random();
  if (roll < 0.1) return {start: {year: parts.year}};
  if (roll < 0.25) return {start: {year: parts.year, month: parts.month}};
  if (roll < 0.3) {
    const end = new Date(at.getTime() + (30 + Math.floor(random() * 700)) * 86400000);
    return {start: parts, end: {year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate()}};
  }
  return {start: parts};
}

export const isoDate = ({year, month, day}) =>
  [String(year).padStart(4, '0'), month && pad(month), day && pad(day)].filter(Boolean).join('-');

/**
 * `count` events in date order, from 1950 to about 2024. Headlines are made unique with a
 * counter only when they repeat, so the last event's headline can be searched for on its own.
 */
export function makeEvents(count, seed = 20240617) {
  const random = seededRandom(seed);
  const span = 27000; // days, about 74 years
  const seen = new Map();
  return Array.from({length: count}, (_, index) => {
    const day = Math.floor(((index + random()) * span) / count);
    let title = `${pick(random, actors)} ${pick(random, actions)} ${pick(random, objects)} in ${pick(random, places)}`;
    const repeats = (seen.get(title) ?? 0) + 1;
    seen.set(title, repeats);
    if (repeats > 1) title += ` (${repeats})`;
    return {date: dateAt(random, day), title, paragraphs: paragraphs(random)};
  });
}

export const timelineTitle = 'Timeline of a border dispute';
