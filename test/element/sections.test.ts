import {expect, html} from '@open-wc/testing';
import {items, settled, shadow, texts} from './helpers.js';

const NEWSROOM = '/test/fixtures/newsroom.json';
const SEED_EN = '/data/russia-north-korea.en.json';

describe('an editor groups events into sections', () => {
  it('shows consecutive events of a section under its heading, in order', async () => {
    const {element} = await settled(html`<rk-timeline src=${NEWSROOM}></rk-timeline>`);
    const sections = [...shadow(element).querySelectorAll('[part~="section"]')];
    expect(texts(element, 'section-title')).to.deep.equal(['Before the war', 'The treaty']);
    expect(sections.map((section) => [...section.querySelectorAll('[part~="item"]')].length)).to.deep.equal([2, 3]);
    await expect(element).to.be.accessible();
  });

  it('puts section headings at heading-level and event headings one below', async () => {
    const {element} = await settled(html`<rk-timeline heading-level="2" src=${NEWSROOM}></rk-timeline>`);
    expect([...shadow(element).querySelectorAll('[part~="section-title"]')].map((node) => node.localName)).to.deep.equal(['h2', 'h2']);
    expect(new Set([...shadow(element).querySelectorAll('[part~="title"]')].map((node) => node.localName))).to.deep.equal(new Set(['h3']));
  });

  it('gives an event outside any section a heading at the sections\' level, as their peer', async () => {
    const data = [{date: '2020', title: 'In', section: 'Era'}, {date: '2021', title: 'Out'}];
    const {element} = await settled(html`<rk-timeline .data=${data}></rk-timeline>`);
    const headings = [...shadow(element).querySelectorAll('h3, h4')].map((node) => `${node.localName}:${node.textContent}`);
    expect(headings).to.deep.equal(['h3:Era', 'h4:In', 'h3:Out']);
  });

  it('keeps sections in reverse when the newest come first', async () => {
    const {element} = await settled(html`<rk-timeline order="newest-first" src=${NEWSROOM}></rk-timeline>`);
    expect(texts(element, 'section-title')).to.deep.equal(['The treaty', 'Before the war']);
  });

  it('changes nothing for a timeline without sections: events are the list\'s own items', async () => {
    const {element} = await settled(html`<rk-timeline src=${SEED_EN}></rk-timeline>`);
    expect(shadow(element).querySelector('[part~="section"]')).to.equal(null);
    expect(items(element).every((item) => item.parentElement!.part.contains('list'))).to.equal(true);
    expect(shadow(element).querySelector('[part~="title"]')!.localName).to.equal('h3');
  });
});

describe('an editor labels an event or leaves out its headline', () => {
  it('shows a label above the date', async () => {
    const {element} = await settled(html`<rk-timeline src=${NEWSROOM}></rk-timeline>`);
    const visit = shadow(element).getElementById('timeline-visit')!;
    expect(visit.querySelector('[part~="label"]')!.textContent).to.equal('Day 1');
    const label = visit.querySelector('[part~="label"]')!.getBoundingClientRect();
    expect(label.bottom).to.be.at.most(visit.querySelector('[part~="date"]')!.getBoundingClientRect().top + 1);
    expect(texts(element, 'label')).to.deep.equal(['Day 1', 'Update']);
  });

  it('makes the date the heading of an event without a title, shown once', async () => {
    const {element} = await settled(html`<rk-timeline src=${NEWSROOM}></rk-timeline>`);
    const ratified = shadow(element).getElementById('timeline-ratified')!;
    const heading = ratified.querySelector('[part~="title"]')!;
    expect(heading.textContent).to.equal('November 2024');
    expect(heading.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11');
    expect(ratified.querySelectorAll('time')).to.have.length(1);
    await expect(element).to.be.accessible();
  });
});
