import {readFile} from 'node:fs/promises';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {launchers} from './test/server/engines.mjs';
import {faultMiddleware} from './test/server/fault-middleware.mjs';
import {prerenderMiddleware} from './test/server/prerender-middleware.mjs';

// One engine per run: RK_ENGINE=chromium (default), firefox or webkit. `npm test` runs all three.
const engine = process.env.RK_ENGINE ?? 'chromium';
if (!launchers[engine]) throw new Error(`RK_ENGINE=${engine}: expected chromium, firefox or webkit`);

// Chromium can emulate forced colours (Windows high contrast); the stock command cannot ask for it.
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-forced-colors') return undefined;
    // Puppeteer's emulateMediaFeatures rejects this feature by name, so ask the protocol directly.
    // The emulation lasts as long as the protocol session, so keep one per page.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{name: 'forced-colors', value: payload ? 'active' : 'none'}],
    });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Keyboard tests need the window's focus: headless Chromium gives each page its own, but
  // Firefox's pages share one window's (a file running beside another loses it, and :focus-visible
  // with it), and the WebDriver launcher runs side-by-side files in small iframes, where sendKeys
  // misbehaves. One file at a time there.
  concurrency: engine === 'chromium' ? 2 : 1,
  // Limits for a hang, not for speed: on a slow machine with both cores busy a test, or a file, may
  // take several times as long as alone, and each test that waits, waits for a condition.
  testFramework: {config: {timeout: 60000}},
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  browserStartTimeout: 120000,
  middleware: [faultMiddleware({readFile}), prerenderMiddleware()],
  plugins: [a11ySnapshotPlugin(), forcedColorsPlugin, esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [await launchers[engine]()],
};
