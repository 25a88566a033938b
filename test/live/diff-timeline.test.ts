import {expect} from '@open-wc/testing';
import {parseTimeline, type TimelineEvent} from '../../src/data/parse-timeline.js';
import {diffTimeline} from '../../src/live/diff-timeline.js';

const BASE = 'https://news.example/data/timeline.json';
const events = (...list: Record<string, unknown>[]) => parseTimeline({events: list}, BASE).timeline.events;
const summit = {id: 'summit', date: '2019-04-25', title: 'Putin and Kim meet', text: 'In Vladivostok.'};
const visit = {id: 'visit', date: '2024-06-19', title: 'Putin visits Pyongyang'};
const treaty = {id: 'treaty', date: '2024-06-20', title: 'A defence treaty'};
const none = {added: [], changed: [], removed: []};

describe('a developing story is published again', () => {
  it('the same data: nothing added, changed or removed', () => {
    expect(diffTimeline(events(summit, visit), events(summit, visit))).to.deep.equal(none);
  });

  it('a new event is added, by id', () => {
    expect(diffTimeline(events(summit), events(summit, visit, treaty))).to.deep.equal({...none, added: ['visit', 'treaty']});
  });

  it('a withdrawn event is removed, by id', () => {
    expect(diffTimeline(events(summit, visit, treaty), events(visit))).to.deep.equal({...none, removed: ['summit', 'treaty']});
  });

  it('added, changed and removed at once', () => {
    const before = events(summit, visit);
    const after = events({...summit, title: 'Putin and Kim meet for the first time'}, treaty);
    expect(diffTimeline(before, after)).to.deep.equal({added: ['treaty'], changed: ['summit'], removed: ['visit']});
  });

  it('the order of the events in the file alone changes nothing', () => {
    expect(diffTimeline(events(summit, visit, treaty), events(treaty, summit, visit))).to.deep.equal(none);
  });

  for (const [what, edit] of [
    ['date', {date: '2019-04-26'}],
    ['date precision', {date: '2019-04'}],
    ['display date', {displayDate: 'Late April 2019'}],
    ['title', {title: 'Putin and Kim meet again'}],
    ['text', {text: 'In Vladivostok.\n\nA second paragraph.'}],
    ['media (removed)', {media: undefined}],
    ['media alt text', {media: {src: 'summit.jpg', alt: 'Putin and Kim shake hands'}}],
    ['links', {links: [{href: 'https://news.example/story', label: 'The story'}]}],
  ] as const) {
    it(`an edited ${what} marks the event changed`, () => {
      const withMedia = {...summit, media: {src: 'summit.jpg', alt: 'Two men shake hands'}};
      expect(diffTimeline(events(withMedia), events({...withMedia, ...edit}))).to.deep.equal({...none, changed: ['summit']});
    });
  }

  it('white space the reader never sees changes nothing', () => {
    expect(diffTimeline(events(summit), events({...summit, title: '  Putin and Kim meet  '}))).to.deep.equal(none);
  });

  it('a field added to events later is compared too', () => {
    const [before] = events(summit);
    const after = {...before, label: 'Update'} as TimelineEvent;
    expect(diffTimeline([before], [after]).changed).to.deep.equal(['summit']);
  });

  it('an event whose id derives from its date is the same event while its date stays', () => {
    const before = events({date: '2019-04-25', title: 'Summit'});
    const after = events({date: '2019-04-25', title: 'Summit in Vladivostok'});
    expect(diffTimeline(before, after)).to.deep.equal({...none, changed: ['2019-04-25']});
  });

  it('from or to no events', () => {
    expect(diffTimeline([], events(summit))).to.deep.equal({...none, added: ['summit']});
    expect(diffTimeline(events(summit), [])).to.deep.equal({...none, removed: ['summit']});
  });
});
