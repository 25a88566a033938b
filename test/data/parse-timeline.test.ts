import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {worded} from './worded.js';
import {expectLinearGrowth} from '../growth.js';
import {EVENT_LIMITS} from '../../src/limits.js';
import {TimelineError} from '../../src/timeline-error.js';

const BASE = 'https://news.example/data/timeline.json';
const parse = (json: unknown, base = BASE) => worded(parseTimeline(json, base));
const event = (fields: Record<string, unknown> = {}) => ({date: '2020-05-01', title: 'Summit', ...fields});
const one = (fields: Record<string, unknown>) => parse([event(fields)]);
const EVENT_KEYS = ['date', 'displayDate', 'id', 'label', 'links', 'media', 'paragraphs', 'section', 'tags', 'title'];

describe('an editor publishes a timeline document', () => {
  it('reads an object with an events array', () => {
    const {timeline, warnings} = parse({events: [event()]});
    expect(warnings).to.deep.equal([]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Summit']);
  });

  it('reads a bare array of events as the whole timeline', () => {
    const {timeline, warnings} = parse([event(), event({title: 'Talks', date: '2021'})]);
    expect(warnings).to.deep.equal([]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Summit', 'Talks']);
    expect(timeline.title).to.equal(undefined);
  });

  it('accepts an empty array as a timeline with no events', () => {
    const {timeline, warnings} = parse([]);
    expect(timeline.events).to.deep.equal([]);
    expect(timeline.title).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('accepts an object with an empty events array', () => {
    const {timeline, warnings} = parse({events: []});
    expect(timeline.events).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('reads the top-level title and lang', () => {
    const {timeline, warnings} = parse({title: '  Russia and North Korea ', lang: 'EN-gb', events: []});
    expect(warnings).to.deep.equal([]);
    expect(timeline.title).to.equal('Russia and North Korea');
    expect(timeline.lang).to.equal('en-GB');
  });

  it('leaves description and source to tools and people, even when they are odd', () => {
    const {timeline, warnings} = parse({description: 42, source: 'SeaPRwire', events: []});
    expect(warnings).to.deep.equal([]);
    expect(Object.keys(timeline).sort()).to.deep.equal(['events', 'lang', 'title']);
  });

  it('ignores a language that is not a BCP 47 tag, with a warning', () => {
    const {timeline, warnings} = parse({lang: 'not a tag!', events: []});
    expect(timeline.lang).to.equal(undefined);
    expect(warnings).to.deep.equal([
      'lang: "not a tag!" is not a language tag like "id" or "en-GB"; ignored',
    ]);
  });

  it('ignores fields it does not know, without warnings', () => {
    const {timeline, warnings} = parse({
      $schema: './timeline.schema.json',
      version: 2,
      author: {name: 'x'},
      events: [event({color: 'red', priority: 1, extra: {deep: true}})],
    });
    expect(warnings).to.deep.equal([]);
    expect(Object.keys(timeline.events[0]).sort()).to.deep.equal(EVENT_KEYS);
    expect(timeline).to.not.have.property('version');
    expect(timeline).to.not.have.property('author');
  });
});

describe('an editor publishes something that is not a timeline', () => {
  const cases: [string, unknown, string][] = [
    ['an empty object', {}, 'found no "events"'],
    ['null', null, 'found null'],
    ['a string', 'x', 'found "x"'],
    ['a number', 42, 'found 42'],
    ['a boolean', true, 'found true'],
    ['events as an object', {events: {}}, 'found "events" as {}'],
    ['events as a string', {events: 'none'}, 'found "events" as "none"'],
    ['events as null', {events: null}, 'found "events" as null'],
  ];
  for (const [name, json, found] of cases) {
    it(`throws a format error for ${name}`, () => {
      let error: unknown;
      try {
        parse(json);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(TimelineError);
      expect((error as TimelineError).kind).to.equal('format');
      expect((error as TimelineError).message).to.equal(
        `Not a timeline: expected {"events": [...]} or an array of events, ${found}`,
      );
      expect((error as TimelineError).message.startsWith('Not a timeline')).to.equal(true);
    });
  }
});

describe('a reader sees events in time order', () => {
  it('sorts events oldest first whatever the data order', () => {
    const {timeline} = parse([
      event({date: '2024-06-18', title: 'C'}),
      event({date: '2000-07', title: 'A'}),
      event({date: '2019-04-25', title: 'B'}),
    ]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['A', 'B', 'C']);
  });

  it('keeps the data order for events on the same date', () => {
    const titles = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];
    const {timeline} = parse([
      event({date: '2021', title: 'Later'}),
      ...titles.map((title) => event({date: '2020-02-01', title})),
    ]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal([...titles, 'Later']);
  });

  it('treats a month as its 1st when sorting, keeping the data order among equals', () => {
    const {timeline} = parse([
      event({date: '2020-02-01', title: 'Day'}),
      event({date: '2020-02', title: 'Month'}),
      event({date: '2020-01-31', title: 'Before'}),
    ]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Before', 'Day', 'Month']);
  });

  it('keeps data already in order as it is, a month placed after its days included', () => {
    const {timeline} = parse([
      event({date: '2024-01-01', title: 'Quake', section: 'First days'}),
      event({date: '2024-01-02', title: 'Aftershock', section: 'First days'}),
      event({date: '2024-01', title: 'Shelters all month', section: 'First days'}),
      event({date: '2024-01-20', title: 'Rain', section: 'Second blow'}),
      event({date: '2024', title: 'The year', section: 'Second blow'}),
    ]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Quake', 'Aftershock', 'Shelters all month', 'Rain', 'The year']);
  });

  it('sorts by first day once anything is out of order, a month then as its 1st', () => {
    const {timeline} = parse([
      event({date: '2024-01-02', title: 'Aftershock'}),
      event({date: '2024-01', title: 'Month'}),
      event({date: '2023-12-31', title: 'Eve'}),
    ]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Eve', 'Month', 'Aftershock']);
  });

  it('orders intervals by their start', () => {
    const {timeline} = parse([
      event({date: '2010/2020', title: 'Ten years'}),
      event({date: '2007', title: 'A year'}),
      event({date: '2005-06/2030', title: 'Long'}),
    ]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Long', 'A year', 'Ten years']);
    expect(timeline.events[2].date.end).to.deep.equal({year: 2020, precision: 'year', iso: '2020'});
  });
});

describe('an editor makes a mistake in an event', () => {
  const skipped = (events: unknown[], warning: string) => {
    const {timeline, warnings} = parse([...events, event({title: 'Good'})]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Good']);
    expect(warnings).to.deep.equal([warning]);
  };

  it('skips an event that is not an object', () => {
    skipped(['Summit'], 'events[0]: expected an event object, found "Summit"; skipped');
    skipped([null], 'events[0]: expected an event object, found null; skipped');
    skipped([[event()]], 'events[0]: expected an event object, found [{"date":"2020-05-01","title":"Summit"}]; skipped');
  });

  it('skips an event without a date, naming index, field and event title', () => {
    skipped(
      [{title: 'Summit'}],
      'events[0].date: missing (expected 2019-04-25, 2019-04 or 2019); event skipped (event "Summit")',
    );
  });

  it('skips an event whose date is not text', () => {
    skipped(
      [event({date: 2019})],
      'events[0].date: expected text, found 2019 (expected 2019-04-25, 2019-04 or 2019); event skipped (event "Summit")',
    );
  });

  it('skips an event whose date is not ISO 8601', () => {
    skipped(
      [event({date: '25/04/2019'})],
      'events[0].date: "25/04/2019" is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019); event skipped (event "Summit")',
    );
  });

  it('skips an event on a day that does not exist', () => {
    skipped(
      [event({date: '2023-02-29'})],
      'events[0].date: "2023-02-29" is not a real day (that month has 28 days); event skipped (event "Summit")',
    );
  });

  it('skips an interval that ends before it starts', () => {
    skipped(
      [event({date: '2020/2019'})],
      'events[0].date: "2020/2019" ends before it starts; event skipped (event "Summit")',
    );
  });

  it('names the right index when several events are bad', () => {
    const {timeline, warnings} = parse([event({title: 'A'}), event({title: 'B', date: 'x'}), event({title: 'C'}), {title: 'D'}]);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['A', 'C']);
    expect(warnings).to.deep.equal([
      'events[1].date: "x" is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019); event skipped (event "B")',
      'events[3].date: missing (expected 2019-04-25, 2019-04 or 2019); event skipped (event "D")',
    ]);
  });
});

describe('an editor leaves out the headline', () => {
  it('keeps an event without a title, with no warning: its date will stand as the heading', () => {
    const {timeline, warnings} = parse([{date: '2020', id: 'summit'}, {date: '2021', title: '   '}]);
    expect(warnings).to.deep.equal([]);
    expect(timeline.events.map((e) => [e.id, e.title])).to.deep.equal([['summit', undefined], ['2021', undefined]]);
  });

  it('keeps an event whose title is not text, naming it by id, and says the date stands in', () => {
    const {timeline, warnings} = one({title: 42, id: 'summit'});
    expect(timeline.events.map((e) => e.title)).to.deep.equal([undefined]);
    expect(warnings).to.deep.equal(['events[0].title: expected text, found 42; the date stands as the heading (event id "summit")']);
  });

  it('names an untitled event by its date when its id is taken twice', () => {
    const {warnings} = parse([{date: '2020', id: 'a'}, {date: '2021', id: 'a'}]);
    expect(warnings).to.deep.equal(['events: id "a" is used twice; event "2021" gets "a-2"']);
  });
});

describe('an editor sorts events into sections, labels and tags', () => {
  it('reads section, label and tags, trimmed, tags unique in the data\'s order', () => {
    const {timeline, warnings} = one({section: ' The 1990s ', label: 'Day 1 ', tags: [' war', 'talks', 'war', '  ']});
    expect(warnings).to.deep.equal([]);
    const [e] = timeline.events;
    expect([e.section, e.label, e.tags]).to.deep.equal(['The 1990s', 'Day 1', ['war', 'talks']]);
  });

  it('gives an event without tags an empty list, and no section or label', () => {
    const [e] = one({}).timeline.events;
    expect([e.section, e.label, e.tags]).to.deep.equal([undefined, undefined, []]);
  });

  it('drops a tag that is not text, naming it, and keeps the others', () => {
    const {timeline, warnings} = one({tags: ['war', 7, {a: 1}]});
    expect(timeline.events[0].tags).to.deep.equal(['war']);
    expect(warnings).to.deep.equal([
      'events[0].tags[1]: expected text, found 7; ignored (event "Summit")',
      'events[0].tags[2]: expected text, found {"a":1}; ignored (event "Summit")',
    ]);
  });

  it('drops tags, section and label of the wrong type', () => {
    const {timeline, warnings} = one({tags: 'war', section: 1990, label: ['x']});
    const [e] = timeline.events;
    expect([e.section, e.label, e.tags]).to.deep.equal([undefined, undefined, []]);
    expect(warnings).to.deep.equal([
      'events[0].label: expected text, found ["x"]; ignored (event "Summit")',
      'events[0].section: expected text, found 1990; ignored (event "Summit")',
      'events[0].tags: expected an array of text, found "war"; ignored (event "Summit")',
    ]);
  });
});

describe('an editor gives an optional field the wrong type', () => {
  const kept = (fields: Record<string, unknown>, warning: string) => {
    const {timeline, warnings} = one(fields);
    expect(timeline.events.map((e) => e.title)).to.deep.equal(['Summit']);
    expect(warnings).to.deep.equal([warning]);
    return timeline.events[0];
  };

  it('drops text that is not text', () => {
    const e = kept({text: 5}, 'events[0].text: expected text, found 5; ignored (event "Summit")');
    expect(e.paragraphs).to.deep.equal([]);
  });

  it('drops a displayDate that is not text', () => {
    const e = kept({displayDate: true}, 'events[0].displayDate: expected text, found true; ignored (event "Summit")');
    expect(e.displayDate).to.equal(undefined);
  });

  it('drops media that is not an object', () => {
    const e = kept({media: 'photo.jpg'}, 'events[0].media: expected {src, alt}, found "photo.jpg"; ignored (event "Summit")');
    expect(e.media).to.equal(undefined);
  });

  it('drops links that are not an array', () => {
    const e = kept({links: {href: 'https://x.example/'}}, 'events[0].links: expected an array of {href, label}, found {"href":"https://x.example/"}; ignored (event "Summit")');
    expect(e.links).to.deep.equal([]);
  });

  it('drops single links that are not objects or have neither label nor href', () => {
    const {timeline, warnings} = one({links: ['https://x.example/', {}, {label: 'Kept', href: 'https://k.example/'}]});
    expect(timeline.events[0].links).to.deep.equal([{label: 'Kept', href: 'https://k.example/'}]);
    expect(warnings).to.deep.equal([
      'events[0].links[0]: expected {href, label}, found "https://x.example/"; ignored (event "Summit")',
      'events[0].links[1]: neither label nor href; ignored (event "Summit")',
    ]);
  });

  it('replaces an id that is not an id with a derived one', () => {
    const e = kept(
      {id: 'has space'},
      'events[0].id: "has space" is not an id (letters, digits, - and _); derived from the date instead (event "Summit")',
    );
    expect(e.id).to.equal('2020-05-01');
  });

  it('replaces an id that is not text with a derived one', () => {
    const e = kept(
      {id: 7},
      'events[0].id: 7 is not an id (letters, digits, - and _); derived from the date instead (event "Summit")',
    );
    expect(e.id).to.equal('2020-05-01');
  });
});

describe('an editor writes the event body', () => {
  it('splits text into paragraphs at blank lines', () => {
    const {timeline} = one({text: '  One.\n\nTwo.\n   \nThree,\nstill three.\r\n\r\nFour.\n\n\n'});
    expect(timeline.events[0].paragraphs).to.deep.equal(['One.', 'Two.', 'Three,\nstill three.', 'Four.']);
  });

  it('gives no paragraphs for missing or blank text', () => {
    expect(one({}).timeline.events[0].paragraphs).to.deep.equal([]);
    expect(one({text: ' \n\n '}).timeline.events[0].paragraphs).to.deep.equal([]);
  });

  it('trims the title and keeps the display date', () => {
    const {timeline} = one({title: '  Summit  ', displayDate: 'Summer 2020'});
    expect(timeline.events[0].title).to.equal('Summit');
    expect(timeline.events[0].displayDate).to.equal('Summer 2020');
  });
});

describe('an editor adds an image', () => {
  it('keeps an image with src and alt, resolving a relative src against the data file', () => {
    const {timeline, warnings} = one({media: {src: 'img/summit.jpg', alt: 'Two leaders shake hands', caption: 'In Vladivostok', credit: 'AP'}});
    expect(warnings).to.deep.equal([]);
    expect(timeline.events[0].media).to.deep.equal({
      src: 'https://news.example/data/img/summit.jpg',
      alt: 'Two leaders shake hands',
      caption: 'In Vladivostok',
      credit: 'AP',
    });
  });

  it('resolves a root-relative src against the data file’s origin', () => {
    const {timeline} = one({media: {src: '/photos/a.jpg', alt: 'A'}});
    expect(timeline.events[0].media!.src).to.equal('https://news.example/photos/a.jpg');
    expect(parse([event({media: {src: 'a.jpg', alt: 'A'}})], 'http://other.example/x/y.json').timeline.events[0].media!.src).to.equal(
      'http://other.example/x/a.jpg',
    );
  });

  it('takes the data file’s scheme for a protocol-relative src and link, as TimelineJS data writes them', () => {
    const {timeline, warnings} = one({media: {src: '//upload.wikimedia.org/a.jpg', alt: 'A'}, links: [{href: '//un.example/r', label: 'UN'}]});
    expect(warnings).to.deep.equal([]);
    expect(timeline.events[0].media!.src).to.equal('https://upload.wikimedia.org/a.jpg');
    expect(timeline.events[0].links).to.deep.equal([{href: 'https://un.example/r', label: 'UN'}]);
  });

  it('shows the image behind a Wikimedia Commons file page or a Google Drive share link, and links to the pages as they are', () => {
    const commons = 'https://commons.wikimedia.org/wiki/File:Sputnik_asm.jpg';
    const drive = 'https://drive.google.com/file/d/1a2B3c/view?usp=sharing';
    const {timeline} = parse([event({media: {src: commons, alt: 'Sputnik'}, links: [{href: commons, label: 'Commons'}]}), event({media: {src: drive, alt: 'Map'}})]);
    expect(timeline.events.map((e) => e.media!.src)).to.deep.equal([
      'https://commons.wikimedia.org/wiki/Special:FilePath/Sputnik_asm.jpg?width=1280',
      'https://drive.google.com/uc?export=view&id=1a2B3c',
    ]);
    expect(timeline.events[0].links[0].href).to.equal(commons);
  });

  it('shows an image without alt text or caption as decorative, with a warning naming it', () => {
    const {timeline, warnings} = one({media: {src: 'img/summit.jpg'}});
    expect(timeline.events[0].media).to.deep.equal({src: `${new URL('img/summit.jpg', BASE)}`, alt: '', caption: undefined, credit: undefined});
    expect(warnings).to.deep.equal([
      'events[0].media.alt: missing; shown as decorative (alt=""): add alt text describing the image (event "Summit")',
    ]);
  });

  it('lets the caption stand in for missing or blank alt text, with a warning', () => {
    for (const alt of [undefined, '  ']) {
      const {timeline, warnings} = one({media: {src: 'img/summit.jpg', alt, caption: 'Kim and Putin in Vladivostok'}});
      expect(timeline.events[0].media).to.include({alt: 'Kim and Putin in Vladivostok', caption: 'Kim and Putin in Vladivostok'});
      expect(warnings).to.deep.equal([
        'events[0].media.alt: missing; the caption stands in: add alt text describing the image (event "Summit")',
      ]);
    }
  });

  it('takes an empty alt as a decorative image, as HTML does, without a warning', () => {
    const {timeline, warnings} = one({media: {src: 'img/summit.jpg', alt: '', caption: 'Vladivostok'}});
    expect(timeline.events[0].media).to.include({alt: '', caption: 'Vladivostok'});
    expect(warnings).to.deep.equal([]);
  });

  it('leaves out an image whose address is not a web address', () => {
    const {timeline, warnings} = one({media: {src: 'javascript:alert(1)', alt: 'x'}});
    expect(timeline.events[0].media).to.equal(undefined);
    expect(warnings).to.deep.equal([
      'events[0].media.src: "javascript:alert(1)" is not an http(s) or relative address; image left out (event "Summit")',
    ]);
  });
});

describe('an editor adds links', () => {
  it('keeps http(s) links and resolves relative ones against the data file', () => {
    const {timeline, warnings} = one({
      links: [
        {href: 'https://un.example/1718', label: 'UN committee'},
        {href: '../story.html', label: 'Our story'},
        {href: 'notes.html#a', label: 'Notes'},
      ],
    });
    expect(warnings).to.deep.equal([]);
    expect(timeline.events[0].links).to.deep.equal([
      {href: 'https://un.example/1718', label: 'UN committee'},
      {href: 'https://news.example/story.html', label: 'Our story'},
      {href: 'https://news.example/data/notes.html#a', label: 'Notes'},
    ]);
  });

  it('shows a javascript: link as its label in plain text, with a warning', () => {
    const {timeline, warnings} = one({links: [{href: 'javascript:alert(1)', label: 'Click me'}]});
    expect(timeline.events[0].links).to.deep.equal([{label: 'Click me', href: undefined}]);
    expect(timeline.events[0].links[0].href).to.equal(undefined);
    expect(warnings).to.deep.equal([
      'events[0].links[0].href: "javascript:alert(1)" is not an http(s) or relative address; shown as plain text (event "Summit")',
    ]);
  });

  it('uses the address as the label when a link has no label', () => {
    const {timeline, warnings} = one({links: [{href: 'https://un.example/1718'}]});
    expect(warnings).to.deep.equal([]);
    expect(timeline.events[0].links).to.deep.equal([{label: 'https://un.example/1718', href: 'https://un.example/1718'}]);
  });
});

describe('a page links to an event by id', () => {
  it('keeps the ids the data gives', () => {
    const {timeline} = parse([event({id: 'summit-2019'}), event({id: 'Peristiwa_2', title: 'Other'})]);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['summit-2019', 'Peristiwa_2']);
  });

  it('derives a missing id from the start date, so a reworded headline keeps its links', () => {
    const {timeline} = parse([
      event({date: '2019-04-25', title: 'Putin and Kim meet in Vladivostok!'}),
      event({date: '2006-10-14/2017-12-22', title: 'Russia backs nine UN sanctions resolutions'}),
      event({date: '2000-07', title: 'بوتين يزور كوريا'}),
    ]);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['2000-07', '2006-10-14', '2019-04-25']);
  });

  it('makes a duplicate id unique, with a warning', () => {
    const {timeline, warnings} = parse([event({id: 'summit', title: 'A'}), event({id: 'summit', title: 'B'})]);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['summit', 'summit-2']);
    expect(warnings).to.deep.equal(['events: id "summit" is used twice; event "B" gets "summit-2"']);
  });

  it('makes derived ids unique without warnings', () => {
    const {timeline, warnings} = parse([event(), event(), event()]);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['2020-05-01', '2020-05-01-2', '2020-05-01-3']);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps an id the data gives even when a derived id of an earlier event would be the same', () => {
    const {timeline} = parse([
      event({date: '2021', title: 'Later', id: '2020'}),
      event({date: '2020', title: 'Summit'}),
    ]);
    expect(timeline.events.find((e) => e.title === 'Later')!.id).to.equal('2020');
    expect(timeline.events.find((e) => e.title === 'Summit')!.id).to.equal('2020-2');
  });

  it('keeps an id the data gives even when a renamed duplicate would take it', () => {
    const {timeline} = parse([event({id: 'a', title: 'A'}), event({id: 'a', title: 'B'}), event({id: 'a-2', title: 'C'})]);
    expect(timeline.events.find((e) => e.title === 'C')!.id).to.equal('a-2');
  });

  it('never gives two events the same id', () => {
    const {timeline} = parse([
      event({id: 'a'}),
      event({id: 'a'}),
      event({id: 'a-2'}),
      event({id: '2020-05-01'}),
      event(),
      event(),
      event({id: '2020-05-01-2'}),
      event({id: 'bad id'}),
    ]);
    const ids = timeline.events.map((e) => e.id);
    expect(ids).to.have.length(8);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u);
  });
});

describe('a hostile document tries to pollute prototypes', () => {
  const hostile = `{
    "__proto__": {"polluted": true, "title": "Injected"},
    "constructor": {"prototype": {"polluted": true}},
    "prototype": {"polluted": true},
    "events": [
      {
        "date": "2020",
        "title": "Summit",
        "__proto__": {"polluted": true, "text": "Injected", "id": "injected"},
        "constructor": {"prototype": {"polluted": true}},
        "prototype": {"polluted": true}
      }
    ]
  }`;

  it('leaves Object.prototype untouched', () => {
    const json: unknown = JSON.parse(hostile);
    const {warnings} = parse(json);
    expect(warnings).to.deep.equal([]);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('does not turn __proto__, constructor or prototype keys into fields', () => {
    const {timeline} = parse(JSON.parse(hostile));
    const [only] = timeline.events;
    expect(Object.keys(only).sort()).to.deep.equal(EVENT_KEYS);
    expect(only.paragraphs).to.deep.equal([]);
    expect(only.id).to.equal('2020');
    expect(timeline.title).to.equal(undefined);
    expect(Object.getPrototypeOf(timeline)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(only)).to.equal(Object.prototype);
    expect((timeline as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect((only as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('does not read events hidden under __proto__', () => {
    expect(() => parse(JSON.parse('{"__proto__": {"events": []}}'))).to.throw(TimelineError, /^Not a timeline/);
  });

  it('does not read fields from an Object.prototype that another script polluted', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const pollute = (key: string, value: unknown) =>
      Object.defineProperty(proto, key, {value, configurable: true, writable: true, enumerable: false});
    let result: ReturnType<typeof parse> | undefined;
    let thrown: unknown;
    try {
      pollute('title', 'Injected');
      pollute('text', 'Injected');
      pollute('events', []);
      result = parse([{date: '2020', id: 'x'}, {date: '2020', title: 'Real'}]);
      try {
        parse({});
      } catch (error) {
        thrown = error;
      }
    } finally {
      delete proto.title;
      delete proto.text;
      delete proto.events;
    }
    expect(result!.timeline.events.map((e) => e.title)).to.deep.equal([undefined, 'Real']);
    expect(result!.timeline.events[0].paragraphs).to.deep.equal([]);
    expect(thrown).to.be.instanceOf(TimelineError);
  });
});

describe('the seed timelines', () => {
  const seeds = [
    {file: '/data/russia-north-korea.json', lang: 'id', title: 'Garis Masa Hubungan Rusia–Korea Utara'},
    {file: '/data/russia-north-korea.en.json', lang: 'en'},
    {file: '/data/russia-north-korea.ar.json', lang: 'ar'},
  ];
  for (const {file, lang, title} of seeds) {
    it(`parses ${file} with 14 events and no warnings`, async () => {
      const response = await fetch(file);
      expect(response.ok).to.equal(true);
      const url = new URL(file, location.href).href;
      const {timeline, warnings} = parseTimeline(await response.json(), url);
      expect(warnings).to.deep.equal([]);
      expect(timeline.lang).to.equal(lang);
      if (title) expect(timeline.title).to.equal(title);
      expect(timeline.events).to.have.length(14);
      const [first] = timeline.events;
      const last = timeline.events[13];
      expect(first.id).to.equal('putin-visit-2000');
      expect(first.date).to.deep.equal({start: {year: 2000, month: 7, precision: 'month', iso: '2000-07'}});
      expect(last.id).to.equal('putin-visit-2024');
      expect(last.date.start.iso).to.equal('2024-06-18');
      expect(last.date.end!.iso).to.equal('2024-06-19');
      expect(timeline.events[1].date.end!.iso).to.equal('2017-12-22');
      expect(timeline.events[1].links).to.have.length(1);
      expect(timeline.events[1].links[0].href).to.equal('https://main.un.org/securitycouncil/en/sanctions/1718');
      expect(new Set(timeline.events.map((e) => e.id)).size).to.equal(14);
      for (const e of timeline.events) expect(e.paragraphs.length, e.id).to.be.greaterThan(0);
    });
  }
});

describe('a timeline costs no more than its size', () => {
  it('gives ids to many events on one date in linear time', async () => {
    const sameDay = (size: number) => Array.from({length: size}, () => ({date: '2000', title: 'h'}));
    const {timeline} = parseTimeline(sameDay(4), BASE);
    expect(timeline.events.map(({id}) => id)).to.deep.equal(['2000', '2000-2', '2000-3', '2000-4']);
    await expectLinearGrowth((size) => parseTimeline(sameDay(size), BASE), {size: 400, label: 'events on one date'});
  });

  it('renames many events sharing an id in linear time', async () => {
    const sameId = (size: number) => Array.from({length: size}, (_, index) => ({date: '2000', title: `h${index}`, id: 'a'}));
    await expectLinearGrowth((size) => parseTimeline(sameId(size), BASE), {size: 400, label: 'events sharing an id'});
  });

  it('shows at most the capped paragraphs, links and tags of an event, with one warning naming what was cut', () => {
    const many = (count: number, item: (index: number) => unknown) => Array.from({length: count}, (_, index) => item(index));
    const {timeline, warnings} = parseTimeline(
      [event({text: many(100, (index) => `Paragraph ${index}`).join('\n\n'), links: many(30, (index) => ({href: `/${index}`})), tags: many(25, String)})],
      BASE,
    );
    const [{paragraphs, links, tags}] = timeline.events;
    expect([paragraphs.length, links.length, tags.length]).to.deep.equal([EVENT_LIMITS.paragraphs, EVENT_LIMITS.links, EVENT_LIMITS.tags]);
    expect(paragraphs[0]).to.equal('Paragraph 0');
    expect(warnings).to.deep.equal([
      {
        at: 'events[0]',
        message: `25 tags, 100 paragraphs, 30 links: more than an event shows; the first ${EVENT_LIMITS.tags} tags, ${EVENT_LIMITS.paragraphs} paragraphs, ${EVENT_LIMITS.links} links are shown (event "Summit")`,
      },
    ]);
  });

  it('reads an event of 200,000 paragraphs, links and tags without running out of stack', () => {
    const huge = Array.from({length: 200_000}, (_, index) => index);
    const {timeline} = parseTimeline([event({text: huge.join('\n\n'), links: huge.map((index) => ({href: `/${index}`})), tags: huge.map(String)})], BASE);
    expect(timeline.events[0].paragraphs).to.have.length(EVENT_LIMITS.paragraphs);
  });

  it('quotes at most 60 characters of a huge title or value in each warning', () => {
    const title = 'T'.repeat(1_000_000);
    const {warnings} = parseTimeline([event({title, tags: Array.from({length: 300}, () => 1), date: '2020'}), {date: 'x'.repeat(1_000_000)}], BASE);
    expect(warnings).to.have.length(301);
    for (const {message} of warnings) expect(message.length).to.be.below(200);
    expect(warnings[0]).to.deep.equal({at: 'events[0].tags[0]', message: `expected text, found 1; ignored (event "${'T'.repeat(56)}...)`});
  });

  it('keeps the first 1,000 warnings and counts the others', () => {
    const {warnings} = parseTimeline(Array.from({length: 5000}, () => 42), BASE);
    expect(warnings).to.have.length(1001);
    expect(warnings[0]).to.deep.equal({at: 'events[0]', message: 'expected an event object, found 42; skipped'});
    expect(warnings[1000]).to.deep.equal({message: '4000 more warnings not listed'});
  });
});

describe('a page that polluted Object.prototype', () => {
  it('adds no end, month or day to the dates shown', () => {
    const proto = Object.prototype as Record<string, unknown>;
    let read;
    try {
      Object.assign(proto, {end: '2020', month: 5, day: 3});
      const [year, month] = parseTimeline([event({date: '2019'}), event({date: '2019-04'})], BASE).timeline.events.map(({date}) => date);
      read = [year.end, year.start.month, year.start.day, month.start.day];
    } finally {
      delete proto.end;
      delete proto.month;
      delete proto.day;
    }
    expect(read).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});
