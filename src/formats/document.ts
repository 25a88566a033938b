import type {TimelineWarning} from '../data/timeline-warning.js';

// What every reader of another format returns: a document in our format, for `parseTimeline`.

/** An image in our format. */
export interface DocumentMedia {
  src: string;
  /** Absent when the source has none: the parser then warns, and the caption stands in. */
  alt?: string;
  caption?: string;
  credit?: string;
}

/** An event in our format, before `parseTimeline` checks it. */
export interface DocumentEvent {
  date: string;
  displayDate?: string;
  title?: string;
  text?: string;
  id?: string;
  tags?: string[];
  section?: string;
  media?: DocumentMedia;
  links?: {href: string; label: string}[];
}

/** A document in our format (`data/timeline.schema.json`). No `events` when the source had none. */
export interface TimelineDocument {
  title?: string;
  description?: string;
  events?: DocumentEvent[];
}

/** Another format's document as ours, with what was lost on the way and where each event came from. */
export interface Converted {
  document: TimelineDocument;
  /** Worded as the parser words its own: at `events[3].start_date.year`, `expected a year, found -44; event skipped (event "Caesar")`. */
  warnings: TimelineWarning[];
  /**
   * Where `document.events[i]` came from, to name it and its fields in the parser's warnings:
   * given a TimelineJS field, `events[3].media.url` or `row 7.Media`; given none, `events[3]`, `row 7`.
   */
  sources: ((field?: string) => string)[];
  /** The place in the source of `document.events[i]` (its row, its index), for the order of warnings. */
  order: number[];
}
