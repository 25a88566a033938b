import {readFile} from 'node:fs/promises';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {faultMiddleware} from './test/server/fault-middleware.mjs';

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
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  middleware: [faultMiddleware({readFile})],
  plugins: [a11ySnapshotPlugin(), forcedColorsPlugin, esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        // A time zone west of UTC catches dates that slip a day; the locale is pinned too.
        env: {...process.env, TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8'},
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=en-US',
        ],
      },
    }),
  ],
};
