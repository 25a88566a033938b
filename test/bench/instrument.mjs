// Runs in the page before any of its own scripts (page.evaluateOnNewDocument), so the observers
// see the whole load. Sets window.__done (ms since navigation start) at each subject's "done":
//   rk-timeline: every <rk-timeline> has fired `rk-timeline-load` (its events are in the DOM);
//   TimelineJS:  its `loaded` event (story slider and time navigator built) and `ready` both fired;
//   static:      DOMContentLoaded (the whole list is parsed);
// then two requestAnimationFrames, so the frame showing it has been painted.
// Puppeteer sends this function's source to the page: it must not use anything from outside.
export function instrument(subject) {
  let resolveFinished;
  const bench = (window.__bench = {signal: null, count: 0, error: null, longTasks: [], shifts: []});
  bench.finished = new Promise((resolve) => (resolveFinished = resolve));

  const longTasks = new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries()));
  longTasks.observe({type: 'longtask', buffered: true});
  const shifts = new PerformanceObserver((list) => bench.shifts.push(...list.getEntries()));
  shifts.observe({type: 'layout-shift', buffered: true});

  function finish() {
    bench.signal = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__done = performance.now();
      resolveFinished();
    }));
  }
  function fail(message) {
    bench.error = message;
    resolveFinished();
  }

  /** Figures up to "done" only: what happens afterwards is not loading. */
  bench.summary = () => {
    longTasks.takeRecords().forEach((entry) => bench.longTasks.push(entry));
    shifts.takeRecords().forEach((entry) => bench.shifts.push(entry));
    const done = window.__done ?? Infinity;
    const tasks = bench.longTasks.filter((entry) => entry.startTime < done);
    const resources = performance.getEntriesByType('resource').map(({name, responseEnd}) => ({name, responseEnd}));
    return {
      done: window.__done ?? null,
      signal: bench.signal,
      count: bench.count,
      error: bench.error,
      longTaskCount: tasks.length,
      longTaskMs: tasks.reduce((sum, entry) => sum + entry.duration, 0),
      cls: bench.shifts.filter((e) => !e.hadRecentInput && e.startTime < done).reduce((sum, e) => sum + e.value, 0),
      domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? null,
      resources,
    };
  };

  if (subject === 'rk') {
    let loaded = 0;
    const allLoaded = () => loaded > 0 && loaded >= document.querySelectorAll('rk-timeline').length;
    document.addEventListener('rk-timeline-load', (event) => {
      loaded += 1;
      bench.count += event.detail.count;
      if (allLoaded() && document.readyState !== 'loading') finish();
    });
    document.addEventListener('rk-timeline-error', (event) => fail(event.detail.message));
    // A timeline that loaded before the parser was done waits for the rest of the page.
    document.addEventListener('DOMContentLoaded', () => allLoaded() && finish());
  } else if (subject === 'timelinejs') {
    // The page assigns window.timeline = new TL.Timeline(...): hook it before any data arrives.
    let timeline;
    Object.defineProperty(window, 'timeline', {
      configurable: true,
      get: () => timeline,
      set(value) {
        timeline = value;
        let pending = 2;
        value.on('ready', () => --pending || finish());
        value.on('loaded', (config) => {
          bench.count = config.events.length;
          --pending || finish();
        });
      },
    });
  } else {
    document.addEventListener('DOMContentLoaded', () => {
      bench.count = document.querySelectorAll('ol.timeline > li').length;
      finish();
    });
  }
}
