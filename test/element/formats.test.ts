import {expect, html} from '@open-wc/testing';
import {items, part, settled, shadow, texts} from './helpers.js';
import type {TimelineErrorEvent, TimelineLoadEvent} from '../../src/events.js';

const TIMELINEJS = '/data/examples/race-to-the-moon.timelinejs.json';
const CSV = '/data/examples/race-to-the-moon.csv';

describe('a newsroom points the element at the files it already has', () => {
  it('shows a TimelineJS 3 file as it is: eras as sections, groups as filters, warnings naming its own events', async () => {
    const {element, event} = await settled(html`<rk-timeline src=${TIMELINEJS}></rk-timeline>`);
    const {count, warnings} = (event as TimelineLoadEvent).detail;
    expect(count).to.equal(8);
    expect(items(element)).to.have.length(8);
    expect(texts(element, 'section-title').length).to.be.greaterThan(0);
    expect(part(element, 'filters') === null).to.equal(false);
    expect(warnings.map((warning) => warning.split(':')[0])).to.deep.equal(['events[1].media.alt', 'events[4].media.alt']);
    // Its year -150 is 150 BC: a date without a `datetime`, which HTML has no valid value for.
    const hipparchus = items(element)[0].querySelector('[part~="date"]')!;
    expect([hipparchus.localName, hipparchus.textContent, hipparchus.hasAttribute('datetime')]).to.deep.equal(['span', '150 BC', false]);
    expect(shadow(element).querySelector('script, [onerror]') === null).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows the TimelineJS Google Sheets template published as CSV, warnings naming its rows', async () => {
    const {element, event} = await settled(html`<rk-timeline src=${CSV}></rk-timeline>`);
    const {count, warnings} = (event as TimelineLoadEvent).detail;
    expect(count).to.equal(6);
    expect(items(element)).to.have.length(6);
    expect(warnings[0]).to.match(/^row 9\.Year: /);
    await expect(element).to.be.accessible();
  });

  it('reads a TimelineJS object given as the data property', async () => {
    const data = {title: {text: {headline: 'Moon'}}, events: [{start_date: {year: '1969', month: '7', day: '20'}, text: {headline: 'Landing', text: '<p>One small <b>step</b></p>'}}]};
    const {element} = await settled(html`<rk-timeline .data=${data}></rk-timeline>`);
    expect(texts(element, 'title')).to.deep.equal(['Landing']);
    expect(texts(element, 'text')).to.deep.equal(['One small step']);
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Moon');
  });

  it('still names a body that is neither JSON nor the sheet as broken JSON', async () => {
    const body = encodeURIComponent('{"events": [oops]}');
    const {event} = await settled(html`<rk-timeline src=${`/fault/json?type=text/plain&body=${body}`}></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-error');
    expect((event as TimelineErrorEvent).detail.message).to.match(/is not valid JSON: /);
  });
});
