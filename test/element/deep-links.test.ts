import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {items, part, settled, shadow} from './helpers.js';
import type {RkTimeline} from '../../src/rk-timeline.js';
import {patiently} from '../wait.js';

const NEWSROOM = '/test/fixtures/newsroom.json';
const SEED_ID = '/data/russia-north-korea.json';

const permalinks = (element: RkTimeline) => [...shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="permalink"]')];
const focusedItem = (element: RkTimeline) => shadow(element).activeElement;
/** The test page's own address without a fragment, as it was before a test changed it. */
const page = location.href.split('#')[0];

afterEach(() => history.replaceState(null, '', page));

/** Opens the linked-article fixture in a frame, at a fragment, and waits for its timeline. */
async function openArticle(fragment: string) {
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe src=${`/test/fixtures/pages/deep-link.html${fragment}`} width="600" height="400"></iframe>`);
  await waitUntil(() => frame.contentDocument?.querySelector('rk-timeline')?.shadowRoot?.querySelector('[part~="item"]'), 'renders', patiently);
  const element = frame.contentDocument!.querySelector('rk-timeline')!;
  await element.updateComplete;
  return {frame, element, window: frame.contentWindow!};
}

describe('a reader shares a link to one event', () => {
  it('finds a permalink on every event: the page address and #<timeline id>-<event id>', async () => {
    const {element} = await settled(html`<rk-timeline id="story" src=${NEWSROOM}></rk-timeline>`);
    expect(permalinks(element).map((link) => link.href)).to.deep.equal(
      ['talks', 'visit', 'treaty', 'troops', 'ratified'].map((id) => `${page}#story-${id}`),
    );
    expect(items(element).map((item) => item.id)).to.deep.equal(['story-talks', 'story-visit', 'story-treaty', 'story-troops', 'story-ratified']);
  });

  it('names each permalink after its event, in the timeline\'s language', async () => {
    const {element} = await settled(html`<rk-timeline src=${SEED_ID}></rk-timeline>`);
    const [first] = permalinks(element);
    expect(first.getAttribute('aria-label')).to.equal(`Tautan ke peristiwa ini: ${items(element)[0].querySelector('[part~="title"]')!.textContent}`);
    const untitled = await settled(html`<rk-timeline src=${NEWSROOM}></rk-timeline>`);
    expect(permalinks(untitled.element).at(-1)!.getAttribute('aria-label')).to.equal('Link to this event: November 2024');
  });

  it('gives timelines without an id links that differ: #timeline-…, then #timeline-2-…', async () => {
    const root = fixtureSync(html`<div><rk-timeline src=${NEWSROOM}></rk-timeline><rk-timeline src=${NEWSROOM}></rk-timeline></div>`);
    const [one, two] = root.querySelectorAll('rk-timeline');
    await waitUntil(() => items(one).length && items(two).length, 'both render', patiently);
    expect(items(one)[0].id).to.equal('timeline-talks');
    expect(items(two)[0].id).to.equal('timeline-2-talks');
  });

  it('opens at the linked event: scrolled into view and focused', async () => {
    const {element, window} = await openArticle('#story-treaty');
    const treaty = element.shadowRoot!.getElementById('story-treaty')!;
    await waitUntil(() => element.shadowRoot!.activeElement === treaty, 'the linked event takes focus', patiently);
    const top = treaty.getBoundingClientRect().top;
    expect(top).to.be.within(-1, window.innerHeight / 2);
    expect(window.scrollY).to.be.greaterThan(1000);
  });

  it('never moves focus or scrolls on a plain load, or for a fragment that names no event', async () => {
    for (const fragment of ['', '#story-nothing', '#other', '#%E0%A4%A']) {
      const {element, window} = await openArticle(fragment);
      expect(window.document.activeElement, fragment).to.equal(window.document.body);
      expect(element.shadowRoot!.activeElement, fragment).to.equal(null);
      expect(window.scrollY, fragment).to.equal(0);
    }
  });

  it('takes focus for the page\'s fragment once, not again when the timeline reloads', async () => {
    location.hash = '#story-visit';
    const {element} = await settled(html`<rk-timeline id="story" src=${NEWSROOM}></rk-timeline>`);
    expect(focusedItem(element)?.id).to.equal('story-visit');
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    try {
      const reloaded = new Promise((resolve) => element.addEventListener('rk-timeline-load', resolve, {once: true}));
      element.src = `${NEWSROOM}?again`;
      await reloaded;
      expect(document.activeElement).to.equal(button);
    } finally {
      button.remove();
    }
  });

  it('shows every event again for a link to one the filters hide', async () => {
    const {element} = await settled(html`<rk-timeline id="story" src=${NEWSROOM}></rk-timeline>`);
    await waitUntil(() => shadow(element).querySelector('[part~="filters"] [role="status"]'), 'the filters work', patiently);
    [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="filter"]')].find((button) => button.textContent === 'law')!.click();
    const talks = shadow(element).getElementById('story-talks')!;
    expect(talks.checkVisibility()).to.equal(false);
    location.hash = '#story-talks';
    await waitUntil(() => focusedItem(element) === talks, 'the linked event takes focus', patiently);
    expect(items(element).every((item) => item.checkVisibility())).to.equal(true);
  });

  it('follows the fragment when it changes, and back and forward', async () => {
    const {element} = await settled(html`<rk-timeline id="story" src=${NEWSROOM}></rk-timeline>`);
    location.hash = '#story-visit';
    await waitUntil(() => focusedItem(element)?.id === 'story-visit', 'follows a new fragment', patiently);
    location.hash = '#story-troops';
    await waitUntil(() => focusedItem(element)?.id === 'story-troops', 'follows another', patiently);
    history.back();
    await waitUntil(() => focusedItem(element)?.id === 'story-visit', 'follows back', patiently);
  });

  it('keeps the item out of the tab order and out of the reading as a group until a link opens it', async () => {
    const {element} = await settled(html`<rk-timeline id="story" src=${NEWSROOM}></rk-timeline>`);
    expect(items(element).every((item) => !item.hasAttribute('tabindex'))).to.equal(true);
    location.hash = '#story-talks';
    await waitUntil(() => focusedItem(element)?.id === 'story-talks', 'focused', patiently);
    expect(items(element)[0].tabIndex).to.equal(-1);
    await expect(element).to.be.accessible();
  });

  it('links within the timeline\'s list, whose list part is still the one list', async () => {
    const {element} = await settled(html`<rk-timeline src=${NEWSROOM}></rk-timeline>`);
    expect(part(element, 'list')!.querySelectorAll('[part~="permalink"]')).to.have.length(5);
  });
});
