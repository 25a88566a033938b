import type {TimelineErrorKind} from './timeline-error.js';

export interface TimelineLoadDetail {
  /** How many events are shown. */
  count: number;
  /** One sentence per problem in the data, naming the event and field. */
  warnings: string[];
  /** The data URL; absent for inline data and the `data` property. */
  url?: string;
}

export interface TimelineErrorDetail {
  /** What failed, for developers and editors (readers see a localized sentence). */
  message: string;
  kind: TimelineErrorKind;
  url?: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
}

/** The events are in the DOM. Bubbles and is composed. */
export class TimelineLoadEvent extends CustomEvent<TimelineLoadDetail> {
  constructor(detail: TimelineLoadDetail) {
    super('rk-timeline-load', {detail, bubbles: true, composed: true});
  }
}

/** The data cannot be shown; the error state is in the DOM. Bubbles and is composed. */
export class TimelineErrorEvent extends CustomEvent<TimelineErrorDetail> {
  constructor(detail: TimelineErrorDetail) {
    super('rk-timeline-error', {detail, bubbles: true, composed: true});
  }
}

export interface TimelineUpdateDetail {
  /** Ids of the events that arrived, changed, or went away. */
  added: string[];
  changed: string[];
  removed: string[];
}

/** A newer version of the data is shown. Bubbles and is composed. */
export class TimelineUpdateEvent extends CustomEvent<TimelineUpdateDetail> {
  constructor(detail: TimelineUpdateDetail) {
    super('rk-timeline-update', {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rk-timeline-load': TimelineLoadEvent;
    'rk-timeline-error': TimelineErrorEvent;
    'rk-timeline-update': TimelineUpdateEvent;
  }
}
