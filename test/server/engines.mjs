// The three engines readers use, from Debian's packages only (no browser can be downloaded here):
// Chromium (`chromium`), Firefox (`firefox-esr`, over WebDriver BiDi) and WebKit (WebKitGTK's
// MiniBrowser from `webkit2gtk-driver`, over WebDriver classic, on an Xvfb display).
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';

// A time zone west of UTC catches dates that slip a day; the locale is pinned too.
const env = {...process.env, TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8'};

/** Processes started here, ended when the test runner exits however it exits. */
const children = [];
const endChildren = () => {
  for (const child of children.splice(0).reverse()) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', endChildren);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    endChildren();
    process.exit(128 + number);
  });
}

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      env,
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
  });
}

// chromeLauncher with puppeteer-core speaks WebDriver BiDi to Firefox; no geckodriver needed.
function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      env,
      // --lang is Chromium's; Firefox takes its locales from preferences.
      extraPrefsFirefox: {'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US'},
    },
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a display it picks itself, for MiniBrowser, which cannot run headless. */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  children.push(xvfb);
  return new Promise((resolve, reject) => {
    let display = '';
    xvfb.stdio[3].on('data', (chunk) => {
      display += chunk;
      if (display.includes('\n')) resolve(`:${display.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

/** Starts WebKitWebDriver on a free loopback port and waits until it answers. */
async function startWebKitWebDriver() {
  const driverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
  if (!existsSync(driverPath)) throw new Error(`${driverPath} is missing: apt-get install webkit2gtk-driver xvfb xauth`);
  const driverEnv = {...env, DISPLAY: env.DISPLAY || (await startXvfb())};
  const port = await freePort();
  // MiniBrowser inherits this environment (TZ, LANG, DISPLAY) from the driver.
  const driver = spawn(driverPath, ['--host=127.0.0.1', `--port=${port}`], {env: driverEnv, stdio: 'ignore'});
  children.push(driver);
  for (const deadline = Date.now() + 15000; Date.now() < deadline; ) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false);
    if (ready) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

async function webkit() {
  const {webdriverLauncher} = await import('@web/test-runner-webdriver');
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port: await startWebKitWebDriver(),
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks WebDriver classic only; webdriverio 9 would ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
}

export const launchers = {chromium, firefox, webkit};
