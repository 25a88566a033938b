// Medians of the rounds, the ratios rk/TimelineJS and rk/static, and the markdown table.

export const subjects = {rk: 'rk-timeline', timelinejs: 'TimelineJS', static: 'static HTML'};

function median(values) {
  const sorted = values.filter((value) => value != null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One subject at one size: the median of each figure over the rounds that finished. */
export function summarize(runs) {
  const ok = runs.filter((run) => run.done != null);
  const of = (pick) => median(ok.map(pick));
  return {
    rounds: runs.length,
    finished: ok.length,
    timeouts: runs.filter((run) => run.timeout).length,
    errors: runs.filter((run) => run.error).map((run) => run.error),
    doneMs: of((run) => run.done),
    signalMs: of((run) => run.signal),
    heapBytes: of((run) => run.heap),
    codeBytes: of((run) => run.bytes.js + run.bytes.css),
    pageAndDataBytes: of((run) => run.bytes.html + run.bytes.data),
    fontBytes: of((run) => run.bytes.font),
    longTaskCount: of((run) => run.longTaskCount),
    longTaskMs: of((run) => run.longTaskMs),
    cls: of((run) => run.cls),
    nodes: of((run) => run.nodes),
    eventsShown: of((run) => run.count),
  };
}

const ratio = (a, b) => (a != null && b ? a / b : null);

export function ratios(rk, other) {
  return {
    time: ratio(rk.doneMs, other.doneMs),
    heap: ratio(rk.heapBytes, other.heapBytes),
    code: ratio(rk.codeBytes, other.codeBytes),
    pageAndData: ratio(rk.pageAndDataBytes, other.pageAndDataBytes),
  };
}

const kb = (bytes) => (bytes == null ? '–' : (bytes / 1024).toFixed(1));
const mb = (bytes) => (bytes == null ? '–' : (bytes / 1048576).toFixed(1));
const times = (value) => (value == null ? '–' : `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)}×`);

function row(name, m, findable) {
  if (!m.finished) {
    const why = m.timeouts ? `timed out (${m.timeouts} of ${m.rounds})` : `failed: ${m.errors[0]}`;
    return `| ${name} | ${why} | | | | | | | |`;
  }
  const done = `${Math.round(m.doneMs)}${m.finished < m.rounds ? ` (${m.finished} of ${m.rounds})` : ''}`;
  const code = `${kb(m.codeBytes)}${m.fontBytes ? ` + ${kb(m.fontBytes)} font` : ''}`;
  const tasks = `${m.longTaskCount} · ${Math.round(m.longTaskMs)} ms`;
  return `| ${name} | ${done} | ${mb(m.heapBytes)} | ${m.jsonBytes ? times(m.heapBytes / m.jsonBytes) : '–'} | ${code} | ${kb(m.pageAndDataBytes)} | ${tasks} | ${m.cls.toFixed(3)} | ${findable ?? ''} |`;
}

const ratioRow = (name, r) => `| **${name}** | ${times(r.time)} | ${times(r.heap)} | | ${times(r.code)} | ${times(r.pageAndData)} | | | |`;
const yesNo = (check) => (check ? (check.ok ? 'yes' : `no (${check.present}/${check.titles}, find ${check.foundLast ? 'yes' : 'no'})`) : undefined);

const legend = [
  '- **done**: navigation start to each subject\'s own signal, then two `requestAnimationFrame`s so that frame is painted. ' +
    'rk-timeline: `rk-timeline-load` from every timeline; TimelineJS: its `loaded` and `ready` events; static: `DOMContentLoaded`.',
  '- **JS heap**: V8\'s used heap after a forced GC (DevTools protocol); **heap ÷ JSON** divides it by the uncompressed JSON the subject was given.',
  '- **bytes**: response bodies as the loopback server sent them, gzipped like a CDN; TimelineJS\'s CSS also loads its icon font.',
  '- **long tasks**: main-thread tasks over 50 ms until done, count · total; **CLS**: layout shift until done.',
  '- **every event findable** (largest size, last round): every headline is text in the page, shadow roots included, and `window.find` (find in page) reaches the last one.',
];

/** The markdown that docs/performance.md quotes: machine and date, then one table per size, then the checks. */
export function markdown(results) {
  const {machine, settings, datasets, medians, checks} = results;
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.os}; ${machine.chromium}; Node ${machine.node}; ` +
      `TimelineJS ${machine.timelinejs}; ${machine.date.slice(0, 10)}. Median of ${settings.rounds} rounds, ` +
      `${settings.viewport.width}×${settings.viewport.height} viewport, no throttling, cache off, gzip.`,
  ];
  for (const size of settings.sizes) {
    const d = datasets[size];
    lines.push('', `**${size.toLocaleString('en')} events** (rk JSON ${kb(d.rkJsonBytes)} KB, TimelineJS JSON ${kb(d.timelineJsJsonBytes)} KB, static page ${kb(d.staticPageBytes)} KB, uncompressed)`, '',
      '| | done (ms) | JS heap (MB) | heap ÷ JSON | JS+CSS (KB gz) | HTML+data (KB gz) | long tasks | CLS | every event findable |',
      '|---|--:|--:|--:|--:|--:|--:|--:|:-:|');
    const findable = checks.findable?.size === size ? checks.findable : {};
    for (const [key, name] of Object.entries(subjects)) lines.push(row(name, medians[size][key], yesNo(findable[key])));
    lines.push(ratioRow('rk / TimelineJS', results.ratios[size].rkToTimelineJs), ratioRow('rk / static', results.ratios[size].rkToStatic));
  }
  lines.push('', ...legend);
  const shared = checks.sharedSrc;
  lines.push('', `Three \`<rk-timeline>\` with the same \`src\` on one page: ${shared.requests} data request${shared.requests === 1 ? '' : 's'} (${shared.requests === 1 ? 'yes' : 'no'}, one expected).`);
  const {fallback} = checks;
  lines.push('', `With the ${fallback.size} events as fallback content (a pre-rendered snippet), CLS while loading: ${fallback.cls.toFixed(3)} (target ≤ 0.01).`);
  const modules = Object.entries(results.onDemand ?? {}).map(([file, bytes]) => `\`${file}\` ${kb(bytes)} KB`);
  if (modules.length) lines.push('', `Loaded on demand beside the bundle, by the timelines that need them (none above do), gzipped: ${modules.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
