// One measured page load: a fresh incognito context with the cache off, the instrument injected
// before anything else, then wait for the subject's "done" (or time out), force a GC and read the
// JS heap over the DevTools protocol, and add up the bytes the server sent for this page alone.
import {instrument} from './instrument.mjs';

export const viewport = {width: 1280, height: 800};

// Kept in results.json to show where main-thread time went (totals at the time of reading).
// ScriptDuration is left out: it misses microtasks, where Lit renders, and would read near zero.
const cpuMetrics = ['RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];

function bytesByKind(log) {
  const bytes = {html: 0, js: 0, css: 0, data: 0, font: 0};
  for (const {kind, bytes: sent} of log) bytes[kind] = (bytes[kind] ?? 0) + sent;
  return bytes;
}

const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/**
 * Loads `url` for `subject` ('rk', 'timelinejs' or 'static'). `after(page)`, if given, runs once
 * the figures are taken (a check that may disturb the page). Never throws for the page's sake:
 * a timeout or a failure comes back as {timeout} or {error}.
 */
export async function measure(browser, server, {subject, url, timeoutMs, after}) {
  const context = await browser.createBrowserContext();
  const pageErrors = [];
  const offOrigin = [];
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.setCacheEnabled(false);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Chromium is told to resolve no host names; this lists anything a page still tried.
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:')) offOrigin.push(url);
    });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.evaluateOnNewDocument(instrument, subject);
    server.log.length = 0;

    const started = Date.now();
    const outcome = await Promise.race([
      page.goto(url, {waitUntil: 'domcontentloaded', timeout: 0}).then(() =>
        page.evaluate(() => window.__bench.finished)),
      timeout(timeoutMs),
    ]);
    if (outcome === 'timeout') return {timeout: true, afterMs: Date.now() - started, pageErrors, offOrigin};

    const summary = await page.evaluate(() => window.__bench.summary());
    const bytes = bytesByKind(server.log);
    await cdp.send('HeapProfiler.collectGarbage');
    const {metrics} = await cdp.send('Performance.getMetrics');
    const metric = Object.fromEntries(metrics.map(({name, value}) => [name, value]));
    const result = {
      ...summary,
      heap: metric.JSHeapUsedSize,
      nodes: metric.Nodes,
      cpu: Object.fromEntries(cpuMetrics.map((name) => [name, Math.round(metric[name] * 1000)])),
      bytes,
      requests: server.log.map(({path, bytes: sent, gzip}) => ({path, bytes: sent, gzip})),
      pageErrors,
      offOrigin,
    };
    if (after) result.check = await after(page);
    return result;
  } catch (error) {
    return {error: error.message, pageErrors, offOrigin};
  } finally {
    await context.close().catch(() => {});
  }
}
