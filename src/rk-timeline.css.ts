
/*
 * Public custom properties (--rk-timeline-*) are read once into private ones (--_*).
 * Defaults use light-dark(), so in theme="auto" they follow the host page's color-scheme.
 * Line height is set only on :host, so readers' text-spacing overrides reach everything.
 */
// Plain text, not Lit's css``, and no DOM here: the element adopts it as a constructed sheet
// (which passes a strict CSP), and the command-line renderer scopes it for pre-rendered snippets.
const css = String.raw;
export const timelineCss = css`
  :host {
    display: block;
    font-family: var(--rk-timeline-font-family);
    font-size: max(1em, 1rem);
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  /* Filtered events and a filter bar that cannot work: hidden, whatever display they have. */
  [hidden] {
    display: none !important;
  }
  /* Private properties live below the host, where the page's own rules cannot set them. */
  .timeline {
    --_accent: var(--rk-timeline-accent, light-dark(#0b57d0, #8ab4f8));
    --_line: var(--rk-timeline-line-color, #80868b);
    --_muted: var(--rk-timeline-muted-color, light-dark(#5f6368, #bdc1c6));
    --_marker: var(--rk-timeline-marker-size, 0.875em);
    --_gap: var(--rk-timeline-gap, 1.5em);
    /* Text on the accent: pressed filters, the "New" badge. */
    --_on-accent: light-dark(#fff, #202124);
    /* The marker is centred on the date's first line (the date is 0.875em). */
    --_dot-top: calc(0.7em - var(--_marker) / 2);
    position: relative;
    overflow-wrap: anywhere;
    color: var(--rk-timeline-text-color);
    background: var(--rk-timeline-background);
  }
  .theme-light,
  .theme-dark {
    color: var(--rk-timeline-text-color, light-dark(#1f1f1f, #e8eaed));
    background: var(--rk-timeline-background, light-dark(#fff, #202124));
    padding: 1em;
  }
  .theme-light {
    color-scheme: light;
  }
  .theme-dark {
    color-scheme: dark;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  ol,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    position: relative;
    padding: 0 0 var(--_gap);
    /* Room for the permalink at the end of the first line. */
    padding-inline: calc(var(--_marker) + 1em) 2em;
  }
  /* The rail, from below this marker to just above the next; an interval's bar, from its marker on. */
  .event::before,
  .interval::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    top: calc(var(--_dot-top) + var(--_marker) + 0.25em);
    bottom: calc(0.25em - var(--_dot-top));
    border-inline-start: 2px solid var(--_line);
  }
  .event:last-child::before {
    content: none;
  }
  .interval::after {
    inset-inline-start: calc(var(--_marker) / 2 - 2px);
    top: calc(var(--_dot-top) + var(--_marker));
    bottom: var(--_gap);
    border-inline-start: 4px solid var(--_accent);
  }
  .marker {
    position: absolute;
    inset-inline-start: 0;
    top: var(--_dot-top);
    box-sizing: border-box;
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_accent);
    border-radius: 50%;
  }
  /* Filled for a day; hollow for a month or a year, which are not a day. */
  .day .marker {
    background: var(--_accent);
  }

  .date,
  .label,
  figcaption,
  .detail {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .label {
    font-weight: bold;
    color: inherit;
  }
  /* At the end of the event's first line, as large as a fingertip needs (24 px). */
  .permalink {
    position: absolute;
    inset-inline-end: 0;
    top: 0;
    min-width: 1.5rem;
    line-height: 1.5rem;
    text-align: center;
    text-decoration: none;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
    margin: 0 0 1em;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    float: inline-start;
    padding: 0;
  }
  /* Smaller than the retry button: a dozen tags should not push the events off a phone's screen. */
  .filters button {
    padding: 0.125em 0.625em;
  }
  [aria-pressed=true] {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .section-title {
    margin: 0 0 0.75em;
    font-size: 1.3em;
  }
  [part=title] {
    margin: 0.125em 0 0.25em;
    font-size: 1.15em;
  }
  p,
  figure {
    margin: 0 0 0.5em;
    max-width: 65ch;
  }
  [part=text] {
    white-space: pre-line;
  }
  a,
  button {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
  }

  /* Loading, when the page gave no fallback: rows in the shape of events, reserving height. */
  [aria-busy=true].skeleton:empty {
    --_ghost: color-mix(in srgb, currentColor 12%, transparent);
    height: 19.5em;
    /* Padding, not margin: the list's box stays where the events will be, so nothing shifts. */
    padding-inline-start: calc(var(--_marker) + 1em);
    background:
      linear-gradient(var(--_ghost) 0.9em, #0000 0 1.4em, var(--_ghost) 0 2.6em, #0000 0) 0 0 / 60% 6.5em repeat-y,
      linear-gradient(#0000 3em, var(--_ghost) 0 5em, #0000 0) 0 0 / 100% 6.5em repeat-y;
    background-origin: content-box;
  }

  .error {
    padding: 0.75em 1em;
    border: 1px solid var(--_line);
    border-inline-start: 4px solid var(--_accent);
  }
  button {
    font: inherit;
    background: none;
    border: 2px solid;
    border-radius: 0.25em;
    padding: 0.375em 1em;
  }

  @media (forced-colors: active) {
    .marker,
    .interval::after {
      forced-color-adjust: none;
      border-color: Highlight;
    }
    .day .marker {
      background: Highlight;
    }
    [aria-pressed=true] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .event::before {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
  }
  /* Paper: keep each event whole, and drop the buttons and permalinks, which paper cannot follow. */
  @media print {
    .event {
      break-inside: avoid;
    }
    button,
    .permalink {
      display: none;
    }
  }
`;
