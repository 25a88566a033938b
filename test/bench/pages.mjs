// One page per subject and size, each the subject's normal embed inside the same minimal article.
// No page carries measuring code: that is injected by the runner (instrument.js).

function article(title, head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>
  body { margin: 0; font: 18px/1.5 Georgia, serif; color: #1f1f1f; background: #fff; }
  article { max-width: 42rem; margin: 0 auto; padding: 1rem; }
</style>
${head}
</head>
<body>
<article>
<h1>A border dispute, seven decades on</h1>
<p>Ministers meet again this week. Here is how relations got to this point, event by event.</p>
${body}
<p>Reporting by the newsroom; the events above are generated for a benchmark.</p>
</article>
</body>
</html>
`;
}

/** docs/embedding.md "Embed it": the module script, then the element with its data URL. */
export function rkPage(size, copies = 1) {
  const element = `<rk-timeline src="/data/rk-${size}.json"></rk-timeline>`;
  return article(`rk-timeline, ${size} events`,
    '<script type="module" src="/dist/rk-timeline.js"></script>',
    Array(copies).fill(element).join('\n'));
}

/**
 * docs/performance.md "No layout shift": the same embed with the events as light-DOM fallback, as a
 * pre-rendered snippet would carry them, so the page has its final height before the script runs.
 */
export function rkPageWithFallback(size, list) {
  return article(`rk-timeline with fallback, ${size} events`,
    '<script type="module" src="/dist/rk-timeline.js"></script>',
    `<rk-timeline src="/data/rk-${size}.json">${list}</rk-timeline>`);
}

/**
 * TimelineJS's documented embed: its CSS and JS, a sized div, `new TL.Timeline(div, url)`.
 * `font: null` keeps it from loading its default web fonts from Google; nothing else differs.
 */
export function timelineJsPage(size) {
  return article(`TimelineJS, ${size} events`,
    `<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>`,
    `<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', '/data/tl-${size}.json', {font: null});</script>`);
}

/** The floor: the events as HTML in the page, no script. */
export function staticPage(size, list) {
  return article(`Static HTML, ${size} events`, '', list);
}
