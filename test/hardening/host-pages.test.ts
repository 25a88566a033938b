import {aTimeout, expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {items, part, release, settled, shadow, uniqueKey} from '../element/helpers.js';
import type {RkTimeline} from '../../src/rk-timeline.js';
import {patiently} from '../wait.js';

type ProbedWindow = Window & {__errors: string[]; __violations: string[]};

/** Opens a host page in a frame and returns its window once its timelines have had their say. */
async function openPage(path: string, ready: (page: Document) => unknown) {
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe src=${path} width="800" height="600"></iframe>`);
  const {pathname} = new URL(path, location.href);
  const loaded = () => frame.contentDocument?.location.pathname === pathname && frame.contentDocument.readyState === 'complete';
  await waitUntil(() => loaded() && ready(frame.contentDocument!), `${path} ready`, patiently);
  return frame.contentWindow as ProbedWindow;
}

/** The article page of the fault server, under a given Content-Security-Policy header. */
const underPolicy = (csp: string, hostLit = false) =>
  `/fault/host-page?csp=${encodeURIComponent(csp)}${hostLit ? '&hostLit=1' : ''}`;
/** The element stayed undefined, its fallback visible, and nothing was thrown. */
async function expectFallbackKept(page: ProbedWindow) {
  await aTimeout(300);
  expect(page.__errors).to.deep.equal([]);
  expect(page.customElements.get('rk-timeline')).to.equal(undefined);
  expect(page.document.getElementById('fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
}
const hostWidgetRendered = (page: Document) => page.querySelector('host-widget')?.shadowRoot?.textContent?.includes('Host widget');

const rendered = (page: Document) => {
  const timelines = [...page.querySelectorAll('rk-timeline')];
  return timelines.length && timelines.every((element) => element.shadowRoot?.querySelector('[part~="item"]'));
};

describe('a host page with a strict CSP', () => {
  it("renders under script-src 'self' and style-src 'self', with no violation", async () => {
    const page = await openPage(underPolicy("default-src 'self'; script-src 'self'; style-src 'self'"), rendered);
    expect(page.__violations).to.deep.equal([]);
    expect(page.__errors).to.deep.equal([]);
    const element = page.document.querySelector('rk-timeline') as RkTimeline;
    expect(items(element)).to.have.length(14);
    expect(page.getComputedStyle(part(element, 'marker')!).borderTopStyle).to.equal('solid', 'styles applied');
  });

  it('renders with Trusted Types enforced when its "rk-timeline" policy is allowed', async () => {
    const page = await openPage(underPolicy("script-src 'self'; require-trusted-types-for 'script'; trusted-types rk-timeline"), rendered);
    expect(page.__violations).to.deep.equal([]);
    expect(page.__errors).to.deep.equal([]);
    expect(items(page.document.querySelector('rk-timeline') as RkTimeline)).to.have.length(14);
  });

  it('keeps the fallback, and throws nothing, when Trusted Types refuse the policy', async () => {
    const page = await openPage(underPolicy("script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'"), () => true);
    await expectFallbackKept(page);
  });
});

describe('a host page with its own Lit under Trusted Types', () => {
  it('renders both, each with its own policy, and no violation', async () => {
    const csp = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html rk-timeline";
    const page = await openPage(underPolicy(csp, true), (document) => rendered(document) && hostWidgetRendered(document));
    expect(page.__errors).to.deep.equal([]);
    expect(page.__violations).to.deep.equal([]);
  });

  it('never breaks the host’s Lit, even when the page allows only the host’s policy', async () => {
    const csp = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    const page = await openPage(underPolicy(csp, true), hostWidgetRendered);
    await expectFallbackKept(page);
  });
});

describe('a host page with its own Lit, loading the bundle twice', () => {
  it('has one definition, no error, and every timeline and the host widget work', async () => {
    const page = await openPage('/test/fixtures/pages/host-lit.html', (document) => rendered(document) && hostWidgetRendered(document));
    expect(page.__errors).to.deep.equal([]);
    const [english, indonesian] = page.document.querySelectorAll('rk-timeline') as NodeListOf<RkTimeline>;
    expect(items(english)).to.have.length(14);
    expect(part(indonesian, 'date')!.textContent).to.equal('Juli 2000');
  });
});

describe('a host page with aggressive CSS', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = `* { all: unset } li { display: inline } h3 { font-size: 5em } [part] { display: none }
      ol { list-style: upper-roman } a { color: red !important }`;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('still looks right: stacked events, sized headings, markers, links in the accent', async () => {
    const {element} = await settled(html`<div style="font-size: 16px"><rk-timeline src="/data/russia-north-korea.en.json"></rk-timeline></div>`);
    const [first, second] = items(element);
    expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom - 1);
    const title = getComputedStyle(part(element, 'title')!);
    expect(parseFloat(title.fontSize)).to.be.closeTo(16 * 1.15, 0.5);
    expect(getComputedStyle(part(element, 'marker')!).display).to.not.equal('none');
    expect(getComputedStyle(shadow(element).querySelector('a')!).color).to.equal('rgb(11, 87, 208)');
  });

  it('reaches inside only through the documented custom properties and parts', async () => {
    style.textContent += `rk-timeline { --rk-timeline-accent: rgb(0, 128, 0); --_gap: 0px; --_marker: 40px }
      rk-timeline::part(title) { color: rgb(1, 2, 3) }`;
    const {element} = await settled(html`<rk-timeline src="/data/russia-north-korea.en.json"></rk-timeline>`);
    expect(getComputedStyle(part(element, 'title')!).color).to.equal('rgb(1, 2, 3)');
    const marker = items(element)[2].querySelector('[part~="marker"]')!;
    expect(getComputedStyle(marker).borderTopColor).to.equal('rgb(0, 128, 0)');
    // The private properties behind the public ones are out of the page's reach.
    expect(marker.getBoundingClientRect().width).to.be.lessThan(30);
    expect(parseFloat(getComputedStyle(items(element)[0]).paddingBottom)).to.be.greaterThan(0);
  });
});

describe('several timelines on one page', () => {
  it('share one request for the same src, and keep their own states', async () => {
    const key = uniqueKey();
    const src = `/fault/slow?ms=300&key=${key}`;
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <rk-timeline lang="en" src=${src}></rk-timeline>
      <rk-timeline lang="id" src=${src}></rk-timeline>
      <rk-timeline src="/fault/status?code=404&key=${key}"></rk-timeline>
    </div>`);
    const [english, indonesian, broken] = wrapper.querySelectorAll('rk-timeline');
    await waitUntil(() => items(english).length && items(indonesian).length && part(broken, 'error'), 'all settled', patiently);
    expect(await (await fetch(`/fault/hits?route=slow&key=${key}`)).text()).to.equal('1');
    expect(part(english, 'date')!.textContent).to.equal('July 2000');
    expect(part(indonesian, 'date')!.textContent).to.equal('Juli 2000');
    expect(part(english, 'error')).to.equal(null);
  });

  it('one leaving does not abort the request the others wait for', async () => {
    const key = uniqueKey();
    const src = `/fault/held?key=${key}`;
    const wrapper = fixtureSync<HTMLElement>(html`<div><rk-timeline src=${src}></rk-timeline><rk-timeline src=${src}></rk-timeline></div>`);
    const [leaving, staying] = wrapper.querySelectorAll('rk-timeline');
    await waitUntil(async () => (await (await fetch(`/fault/hits?route=held&key=${key}`)).text()) !== '0', 'the request is on its way', patiently);
    leaving.remove();
    await release(key);
    await waitUntil(() => items(staying).length === 14, 'the other still loads', patiently);
    expect(await (await fetch(`/fault/abandoned?route=held&key=${key}`)).text()).to.equal('false');
  });
});

describe('requests and cookies', () => {
  before(() => (document.cookie = 'reader=1; path=/'));
  after(() => (document.cookie = 'reader=; path=/; max-age=0'));

  it('sends no cookies by default', async () => {
    const key = uniqueKey();
    await settled(html`<rk-timeline src="/fault/slow?ms=0&key=${key}"></rk-timeline>`);
    expect(await (await fetch(`/fault/cookie-seen?route=slow&key=${key}`)).text()).to.equal('false');
  });

  it('sends them when the embedder opts in with credentials="include"', async () => {
    const key = uniqueKey();
    await settled(html`<rk-timeline credentials="include" src="/fault/slow?ms=0&key=${key}"></rk-timeline>`);
    expect(await (await fetch(`/fault/cookie-seen?route=slow&key=${key}`)).text()).to.equal('true');
  });
});

