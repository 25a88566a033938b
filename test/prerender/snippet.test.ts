import {expect} from '@open-wc/testing';
import {itIn} from '../engine.js';
import {box, openPage, pageUrl, seed, staticItems, upgrade} from './helpers.js';

// A snippet made by `rk-timeline render` from the seed, in an article page served by
// test/server/prerender-middleware.mjs: read without JavaScript, then taken over by the element.

describe('a pre-rendered snippet with JavaScript off', () => {
  it('shows all 14 seed events with their dates and headings, laid out and styled', async () => {
    const events = await seed();
    const {window, document} = await openPage(pageUrl(['--heading-level', '2'], {module: true}), {scripts: false});
    // The page loads the bundle, as published articles do; the sandbox keeps it from running.
    expect(window.customElements.get('rk-timeline')).to.equal(undefined);
    const items = staticItems(document);
    expect(items).to.have.length(14);
    items.forEach((item, index) => {
      const event = events[index];
      const time = item.querySelector('time[datetime]')!;
      const heading = item.querySelector('h2[part~="title"]')!;
      expect(time.getAttribute('datetime')).to.equal(event.date.split('/')[0]);
      expect(time.textContent).to.match(/\d{4}/);
      expect(heading.textContent).to.equal(event.title);
      expect(item.id).to.equal(`timeline-${event.id}`);
      for (const element of [item, time, heading]) {
        const {width, height} = element.getBoundingClientRect();
        expect(width * height, `${event.id}: ${element.localName} has a box`).to.be.greaterThan(0);
      }
    });
    // Styled as the element styles it: no list numbers, the rail's markers drawn, dates in their own line.
    expect(window.getComputedStyle(document.querySelector('rk-timeline [part~="list"]')!).listStyleType).to.equal('none');
    expect(window.getComputedStyle(document.querySelector('rk-timeline .marker')!).borderTopStyle).to.equal('solid');
    expect(window.getComputedStyle(items[0].querySelector('time')!).display).to.equal('block');
    // The tag filters need scripting: not shown without it.
    expect(document.querySelector('rk-timeline [part~="filters"]')!.getClientRects().length).to.equal(0);
    // In reading order, one below the other.
    const tops = items.map((item) => item.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  });
});

describe('a pre-rendered snippet taken over by the element', () => {
  it('shows the same 14 events in its shadow root, each exactly where the static one was', async () => {
    const events = await seed();
    // With the tag filters, which the snippet and the element both put before the list.
    const {document, element, event, before, after} = await upgrade(['--heading-level', '2']);
    expect(event.detail.count).to.equal(14);
    expect(event.detail.url, 'read from the inline data').to.equal(undefined);
    const items = [...element.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items.map((item) => item.querySelector('h2[part~="title"]')!.textContent)).to.deep.equal(events.map((seedEvent) => seedEvent.title));
    expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(events.map((seedEvent) => seedEvent.date.split('/')[0]));
    // The static copy is no longer shown: the element's own list replaced it.
    expect(element.querySelector('.timeline')!.getClientRects().length).to.equal(0);
    expect(items.map(box)).to.deep.equal(before);
    expect(box(document.getElementById('after')!)).to.deep.equal(after);
  });

  itIn(['chromium'], 'the Layout Instability API is Chromium’s')('reports no layout shift above 0.01 while it upgrades', async () => {
    const {shifts} = await upgrade(['--heading-level', '2']);
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.be.at.most(0.01);
  });

});

describe('a pre-rendered snippet under a strict Content-Security-Policy', () => {
  const listStyle = async (args: string[], csp: string) => {
    const {window, document} = await openPage(pageUrl(args, {csp}), {scripts: false});
    expect(staticItems(document)).to.have.length(14);
    return window.getComputedStyle(document.querySelector('rk-timeline [part~="list"]')!).listStyleType;
  };

  it("applies its style when style-src allows the hash that render printed", async () => {
    expect(await listStyle([], "default-src 'self'; style-src 'self' HASH")).to.equal('none');
  });

  it('applies its style when style-src allows the nonce given to render', async () => {
    expect(await listStyle(['--nonce', 'pr3r3nd3r'], "default-src 'self'; style-src 'self' 'nonce-pr3r3nd3r'")).to.equal('none');
  });

  it("has its style refused under style-src 'self' alone, and still shows every event", async () => {
    expect(await listStyle([], "default-src 'self'; style-src 'self'")).to.equal('decimal');
  });
});
