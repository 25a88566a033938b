import {expect, fixture, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {a11ySnapshot, emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {engine, itIn} from '../engine.js';
import {items, part, settled, shadow} from './helpers.js';
import type {RkTimeline} from '../../src/rk-timeline.js';
import {patiently} from '../wait.js';

const SEED_EN = '/data/russia-north-korea.en.json';
const marker = (element: RkTimeline, index: number) => items(element)[index].querySelector<HTMLElement>('[part~="marker"]')!;

describe('the reader sees precision in the marker', () => {
  it('fills a day’s marker, leaves a month’s hollow, and draws an interval’s bar on the rail', async () => {
    const {element} = await settled(html`<rk-timeline src="/test/fixtures/long-words.json"></rk-timeline>`);
    const [day, month, interval] = items(element);
    const dayMarker = getComputedStyle(day.querySelector('[part~="marker"]')!);
    const monthMarker = getComputedStyle(month.querySelector('[part~="marker"]')!);
    expect(dayMarker.backgroundColor).to.equal(dayMarker.borderTopColor);
    expect(monthMarker.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(monthMarker.borderTopWidth)).to.equal(2);
    const bar = getComputedStyle(interval, '::after');
    expect(bar.content).to.not.equal('none');
    expect(parseFloat(bar.borderInlineStartWidth)).to.equal(4);
    expect(getComputedStyle(month, '::after').content).to.equal('none');
  });
});

describe('the host page themes the timeline', () => {
  it('uses --rk-timeline-accent for the markers', async () => {
    const {element} = await settled(html`<rk-timeline style="--rk-timeline-accent: rgb(179, 38, 30)" src=${SEED_EN}></rk-timeline>`);
    expect(getComputedStyle(marker(element, 2)).borderTopColor).to.equal('rgb(179, 38, 30)');
  });

  it('inherits the article’s font and colour in theme auto', async () => {
    const {element} = await settled(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
      <rk-timeline src=${SEED_EN}></rk-timeline></div>`);
    const title = getComputedStyle(part(element, 'title')!);
    expect(title.fontFamily).to.contain('Georgia');
    expect(title.color).to.equal('rgb(10, 20, 30)');
  });

  it('stays accessible in the dark theme while loading, when empty and on error', async () => {
    const loading = await fixture<RkTimeline>(html`<rk-timeline theme="dark" src="/fault/slow?ms=800&key=dark"></rk-timeline>`);
    await expect(loading).to.be.accessible();
    loading.remove();
    const {element: empty} = await settled(html`<rk-timeline theme="dark"><script type="application/json">[]</script></rk-timeline>`);
    await expect(empty).to.be.accessible();
    const {element: failed} = await settled(html`<rk-timeline theme="dark" src="/fault/status?code=404&key=dark"></rk-timeline>`);
    expect(part(failed, 'error')).to.exist;
    await expect(failed).to.be.accessible();
  });

  it('brings its own dark palette with theme="dark", and stays accessible', async () => {
    const {element} = await settled(html`<rk-timeline theme="dark" src=${SEED_EN}></rk-timeline>`);
    const root = shadow(element).querySelector('.timeline')!;
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(32, 33, 36)');
    expect(getComputedStyle(part(element, 'title')!).color).to.equal('rgb(232, 234, 237)');
    await expect(element).to.be.accessible();
  });

  it('brings its own light palette with theme="light" on a dark page', async () => {
    const {element} = await settled(html`<div style="color-scheme: dark; background: #111; color: #eee">
      <rk-timeline theme="light" src=${SEED_EN}></rk-timeline></div>`);
    expect(getComputedStyle(shadow(element).querySelector('.timeline')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(marker(element, 2)).borderTopColor).to.equal('rgb(11, 87, 208)');
    await expect(element).to.be.accessible();
  });

  it('follows a dark host page in theme auto (its color-scheme picks the dark accent)', async () => {
    const {element, root} = await settled(html`<div style="color-scheme: dark; background: #202124; color: #e8eaed">
      <rk-timeline src=${SEED_EN}></rk-timeline></div>`);
    expect(getComputedStyle(marker(element, 2)).borderTopColor).to.equal('rgb(138, 180, 248)');
    await expect(root).to.be.accessible();
  });
});

describe('the reader reads right to left', () => {
  it('sets dir from Arabic data and puts the rail and markers on the right', async () => {
    const {element} = await settled(html`<rk-timeline src="/data/russia-north-korea.ar.json"></rk-timeline>`);
    const root = shadow(element).querySelector('.timeline')!;
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(root.getAttribute('dir')).to.equal('rtl');
    const item = items(element)[0].getBoundingClientRect();
    const dot = marker(element, 0).getBoundingClientRect();
    expect(item.right - dot.right).to.be.lessThan(2);
    expect(dot.left - item.left).to.be.greaterThan(item.width / 2);
    expect(part(element, 'date')!.textContent).to.contain('يوليو');
    await expect(element).to.be.accessible();
  });

  it('lets an explicit dir win', async () => {
    const {element} = await settled(html`<rk-timeline dir="ltr" src="/data/russia-north-korea.ar.json"></rk-timeline>`);
    expect(shadow(element).querySelector('.timeline')!.getAttribute('dir')).to.equal('ltr');
  });
});

describe('the reader is on a 320 px phone', () => {
  // A 320 px frame, not a resized window: every engine can make one (MiniBrowser's window cannot go below 447 px).
  it('never scrolls sideways, even with very long words and URLs', async () => {
    const frame = fixtureSync<HTMLIFrameElement>(html`<iframe src="/test/fixtures/phone.html" width="320" height="640" style="border: 0"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('rk-timeline')?.shadowRoot?.querySelector('[part~="item"]'), 'renders', patiently);
    const page = frame.contentDocument!;
    const element = page.querySelector('rk-timeline')!;
    // The viewport is 320 px less any classic scrollbar the engine draws.
    const viewport = page.documentElement.clientWidth;
    expect(viewport).to.be.within(300, 320);
    expect(page.documentElement.scrollWidth).to.be.at.most(viewport);
    expect(element.getBoundingClientRect().right).to.be.at.most(viewport);
    for (const item of items(element)) expect(item.scrollWidth).to.be.at.most(item.clientWidth);
  });
});

describe('the reader uses a keyboard', () => {
  it('reaches each filter and link, permalinks included, with Tab in reading order, and sees a focus ring in the accent colour', async () => {
    const {element} = await settled(html`<rk-timeline style="--rk-timeline-accent: rgb(0, 90, 0)" src=${SEED_EN}></rk-timeline>`);
    await waitUntil(() => part(element, 'filter'), 'the filters load', patiently);
    const controls = [...shadow(element).querySelectorAll<HTMLElement>('button, a')];
    expect(controls.filter((control) => control.part.contains('permalink'))).to.have.length(items(element).length);
    expect(controls[0].part.contains('filter')).to.equal(true);
    for (const control of controls) {
      await sendKeys({press: 'Tab'});
      expect(shadow(element).activeElement === control, control.outerHTML).to.equal(true);
      const style = getComputedStyle(control);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.equal('rgb(0, 90, 0)');
    }
  });

  it('reaches the retry button, activates it with Enter, and keeps focus on what replaces it', async () => {
    const key = Math.random().toString(36).slice(2);
    const {element} = await settled(html`<rk-timeline src="/fault/flaky?fails=3&code=500&key=${key}"></rk-timeline>`);
    await sendKeys({press: 'Tab'});
    expect(shadow(element).activeElement).to.equal(part(element, 'retry'));
    const loaded = new Promise((resolve) => element.addEventListener('rk-timeline-load', resolve, {once: true}));
    await sendKeys({press: 'Enter'});
    await loaded;
    await element.updateComplete;
    expect(await (await fetch(`/fault/hits?route=flaky&key=${key}`)).text()).to.equal('4');
    expect(shadow(element).activeElement, 'focus moves to the list, not to the page').to.equal(part(element, 'list'));
  });
});

describe('a screen reader meets the timeline', () => {
  itIn(['chromium'], 'the accessibility tree is read through the Chrome DevTools Protocol')('hears each event as date, heading, permalink and text, with nothing from the rail or markers', async () => {
    const {element} = await settled(html`<rk-timeline label="Relations" src=${SEED_EN}></rk-timeline>`);
    type Node = {role: string; name?: string; children?: Node[]};
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const find = (node: Node, test: (node: Node) => boolean): Node | undefined =>
      test(node) ? node : node.children?.map((child) => find(child, test)).find(Boolean);
    const list = find(snapshot, (node) => node.role === 'list' && node.name === 'Relations')!;
    // Chromium flattens list items: what is read, in order, is each event's date, heading,
    // permalink and text.
    const read = list.children!.map((node) => `${node.role}:${node.name}`);
    expect(read.slice(0, 4)).to.deep.equal([
      'StaticText:July 2000',
      'heading:Putin visits North Korea and meets Kim Jong Il',
      'link:Link to this event: Putin visits North Korea and meets Kim Jong Il',
      `StaticText:${part(element, 'text')!.textContent}`,
    ]);
    expect(read.filter((entry) => entry.startsWith('heading:'))).to.have.length(14);
    expect(read.every((entry) => /:\s*\S/.test(entry) && !/[●○•│]/.test(entry))).to.be.true;
    expect(part(element, 'marker')!.textContent).to.equal('');
  });
});

describe('the reader uses Windows high contrast, reduced motion, or print', () => {
  const cdpOnly = 'media emulation goes through the Chrome DevTools Protocol';
  afterEach(async () => {
    if (engine !== 'chromium') return;
    await executeServerCommand('emulate-forced-colors', false);
    await emulateMedia({reducedMotion: 'no-preference', media: 'screen'});
  });

  itIn(['chromium'], cdpOnly)('keeps the rail and markers visible in forced colours, drawn in system colours', async () => {
    await executeServerCommand('emulate-forced-colors', true);
    const {element} = await settled(html`<rk-timeline src=${SEED_EN}></rk-timeline>`);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const dot = getComputedStyle(marker(element, 2));
    const highlight = (() => {
      const probe = document.createElement('i');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    })();
    expect(dot.borderTopColor).to.equal(highlight);
    expect(dot.backgroundColor, 'a day stays filled').to.equal(highlight);
    const rail = getComputedStyle(items(element)[0], '::before');
    expect(rail.borderInlineStartStyle).to.equal('solid');
    expect(rail.borderInlineStartColor).to.not.equal(getComputedStyle(document.body).backgroundColor);
  });

  itIn(['chromium'], cdpOnly)('runs no animation or transition under prefers-reduced-motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    const {element} = await settled(html`<rk-timeline src=${SEED_EN}></rk-timeline>`);
    expect(shadow(element).getAnimations()).to.have.length(0);
    for (const node of shadow(element).querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.animationName).to.equal('none');
      expect(parseFloat(style.transitionDuration)).to.equal(0);
    }
  });

  itIn(['chromium'], cdpOnly)('prints every event whole', async () => {
    const {element} = await settled(html`<rk-timeline src=${SEED_EN}></rk-timeline>`);
    await emulateMedia({media: 'print'});
    expect(items(element)).to.have.length(14);
    for (const item of items(element)) {
      expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(item).breakInside).to.equal('avoid');
    }
  });

  itIn(['chromium'], cdpOnly)('prints no retry button, which paper cannot press', async () => {
    const {element} = await settled(html`<rk-timeline src="/fault/status?code=404&key=print"></rk-timeline>`);
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(part(element, 'retry')!).display).to.equal('none');
    expect(part(element, 'error')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('the timeline grows with the reader’s text settings', () => {
  it('lets line height set on the element reach every line', async () => {
    const {element} = await settled(html`<rk-timeline style="line-height: 2.5" src=${SEED_EN}></rk-timeline>`);
    const text = part(element, 'text')!;
    expect(parseFloat(getComputedStyle(text).lineHeight) / parseFloat(getComputedStyle(text).fontSize)).to.be.closeTo(2.5, 0.01);
  });

  it('never sets body text below 16 px', async () => {
    const {element} = await settled(html`<div style="font-size: 12px"><rk-timeline src=${SEED_EN}></rk-timeline></div>`);
    expect(parseFloat(getComputedStyle(part(element, 'text')!).fontSize)).to.be.at.least(16);
  });
});
