import {expect, fixtureSync, html} from '@open-wc/testing';

// npm users who have Lit already import the unbundled build (package.json "exports": "."), which
// shares the page's Lit instead of carrying its own.
describe('a newsroom that has Lit already uses the unbundled build', () => {
  it('defines the element from dist/lib and renders with the page’s Lit', async () => {
    const lib = await import('/dist/lib/rk-timeline.js' as string);
    expect(customElements.get('rk-timeline')).to.equal(lib.RkTimeline);
    const loaded = new Promise((resolve) => document.addEventListener('rk-timeline-load', resolve, {once: true}));
    const element = fixtureSync(html`<rk-timeline src="/data/russia-north-korea.en.json"></rk-timeline>`);
    await loaded;
    expect(element.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(14);
    expect(typeof lib.parseTimeline).to.equal('function');
  });
});
