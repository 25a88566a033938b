import {expect, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {items, part, settled, shadow} from './helpers.js';
import type {RkTimeline} from '../../src/rk-timeline.js';
import {patiently} from '../wait.js';

const NEWSROOM = '/test/fixtures/newsroom.json';

const buttons = (element: RkTimeline) => [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="filter"]')];
const button = (element: RkTimeline, text: string) => buttons(element).find((node) => node.textContent === text)!;
const pressed = (element: RkTimeline) => buttons(element).filter((node) => node.getAttribute('aria-pressed') === 'true').map((node) => node.textContent);
const shownIds = (element: RkTimeline) => items(element).filter((item) => item.checkVisibility()).map((item) => item.id.replace('timeline-', ''));
const announcement = (element: RkTimeline) => part(element, 'filters')!.querySelector('[role="status"]')!.textContent;

async function withFilters(template = html`<rk-timeline src=${NEWSROOM}></rk-timeline>`) {
  const {element} = await settled(template);
  await waitUntil(() => part(element, 'filters')!.querySelector('[role="status"]'), 'what the filters do loads', patiently);
  return element;
}

describe('a reader filters the timeline by tag', () => {
  it('sees a button per tag, in reading order, after "All", which is pressed', async () => {
    const element = await withFilters();
    expect(buttons(element).map((node) => node.textContent)).to.deep.equal(['All', 'diplomacy', 'military', 'law']);
    expect(pressed(element)).to.deep.equal(['All']);
    expect(part(element, 'filters')!.localName).to.equal('fieldset');
    expect(part(element, 'filters')!.querySelector('legend')!.textContent).to.equal('Show');
    await expect(element).to.be.accessible();
  });

  it('shows only the events with a chosen tag, and hears how many', async () => {
    const element = await withFilters();
    button(element, 'military').click();
    expect(pressed(element)).to.deep.equal(['military']);
    expect(shownIds(element)).to.deep.equal(['visit', 'troops']);
    expect(announcement(element)).to.equal('2 of 5 events shown.');
    expect(items(element)).to.have.length(5); // hidden, not removed
    await expect(element).to.be.accessible();
  });

  it('combines several tags, and "All" shows everything again', async () => {
    const element = await withFilters();
    button(element, 'military').click();
    button(element, 'law').click();
    expect(pressed(element)).to.deep.equal(['military', 'law']);
    expect(shownIds(element)).to.deep.equal(['visit', 'treaty', 'troops']);
    button(element, 'law').click();
    expect(shownIds(element)).to.deep.equal(['visit', 'troops']);
    button(element, 'All').click();
    expect(pressed(element)).to.deep.equal(['All']);
    expect(shownIds(element)).to.deep.equal(['talks', 'visit', 'treaty', 'troops', 'ratified']);
    expect(announcement(element)).to.equal('5 of 5 events shown.');
  });

  it('hides a section none of whose events is shown, and ends each list\'s rail at its last shown event', async () => {
    const element = await withFilters();
    button(element, 'law').click();
    const sections = [...shadow(element).querySelectorAll<HTMLElement>('[part~="section"]')];
    expect(sections.map((section) => section.checkVisibility())).to.deep.equal([false, true]);
    const treaty = shadow(element).getElementById('timeline-treaty')!;
    expect(getComputedStyle(treaty, '::before').content).to.equal('none');
  });

  it('keeps a pressed filter readable whatever background the page sets', async () => {
    const element = await withFilters(html`<rk-timeline style="--rk-timeline-background: transparent" src=${NEWSROOM}></rk-timeline>`);
    const all = button(element, 'All');
    const {color, backgroundColor} = getComputedStyle(all);
    expect(color).to.not.equal('rgba(0, 0, 0, 0)');
    expect(color).to.not.equal(backgroundColor);
    await expect(element).to.be.accessible();
  });

  it('toggles a filter from the keyboard', async () => {
    const element = await withFilters();
    button(element, 'diplomacy').focus();
    await sendKeys({press: ' '});
    expect(pressed(element)).to.deep.equal(['diplomacy']);
    await sendKeys({press: 'Enter'});
    expect(pressed(element)).to.deep.equal(['All']);
  });

  it('speaks the timeline\'s language', async () => {
    const element = await withFilters(html`<rk-timeline lang="id" src=${NEWSROOM}></rk-timeline>`);
    expect(buttons(element)[0].textContent).to.equal('Semua');
    button(element, 'law').click();
    expect(announcement(element)).to.equal('1 dari 5 peristiwa ditampilkan.');
  });

  it('sees the buttons as soon as the events, before what they do has loaded, so nothing moves', async () => {
    const {element} = await settled(html`<rk-timeline src=${NEWSROOM}></rk-timeline>`);
    expect(buttons(element).map((node) => node.textContent)).to.deep.equal(['All', 'diplomacy', 'military', 'law']);
    const top = items(element)[0].getBoundingClientRect().top;
    await waitUntil(() => part(element, 'filters')!.querySelector('[role="status"]'), 'loads', patiently);
    expect(items(element)[0].getBoundingClientRect().top).to.equal(top);
  });

  it('keeps the choice when the list is built again in another order', async () => {
    const element = await withFilters();
    button(element, 'military').click();
    element.order = 'newest-first';
    await element.updateComplete;
    await waitUntil(() => shownIds(element).join() === 'troops,visit', 'the choice applies to the new list', patiently);
    expect(pressed(element)).to.deep.equal(['military']);
  });

  it('shows no bar when no event has tags, or with filters="off"', async () => {
    const {element: untagged} = await settled(html`<rk-timeline .data=${[{date: '2020', title: 'Untagged'}]}></rk-timeline>`);
    const {element: off} = await settled(html`<rk-timeline filters="off" src=${NEWSROOM}></rk-timeline>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const element of [untagged, off]) {
      expect(part(element, 'filters') === null).to.equal(true);
    }
  });
});
