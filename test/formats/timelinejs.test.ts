import {expect} from '@open-wc/testing';
import {isTimelineJs} from '../../src/formats/detect-format.js';
import {readTimelineJs} from '../../src/formats/read-timeline.js';
import {convertTimelineJs as convertToObjects} from '../../src/formats/timelinejs.js';
import {worded} from '../data/worded.js';
import {expectLinearGrowth} from '../growth.js';

const convertTimelineJs = (json: unknown) => worded(convertToObjects(json));
/** The warnings a reader sees: the converter's, then the parser's about the converted events. */
const readWarnings = (json: unknown) => worded(readTimelineJs(json, 'https://news.example/data/timeline.json')).warnings;

type Fields = Record<string, unknown>;
const slide = (fields: Fields = {}): Fields => ({start_date: {year: '2019', month: '4', day: '25'}, text: {headline: 'Summit'}, ...fields});
const one = (fields: Fields) => convertTimelineJs({events: [slide(fields)]});
const first = (fields: Fields) => one(fields).document.events![0];

describe('an editor brings a TimelineJS file', () => {
  let fixture: unknown;
  before(async () => {
    fixture = await (await fetch('/data/examples/race-to-the-moon.timelinejs.json')).json();
  });

  it('reads the title slide as the document title and description, not as an event', () => {
    const {document} = convertTimelineJs(fixture);
    expect(document.title).to.equal('The Race to the Moon');
    expect(document.description).to.equal('From Sputnik to Artemis: how “the Moon” became a deadline.');
    expect(document.events!.map((event) => event.title)).to.not.include('The Race to the Moon');
  });

  it('converts every event, the oldest first', () => {
    const {document, sources} = convertTimelineJs(fixture);
    expect(document.events!.map((event) => event.date)).to.deep.equal([
      '-0149',
      '1957-10-04',
      '1961-04-12',
      '1962-09-12',
      '1967-01-27',
      '1969-07-16/1969-07-24',
      '1972-12-07/1972-12-19',
      '2022-11-16/2022-12-11',
    ]);
    expect(sources.map((at) => at())).to.deep.equal(['events[3]', 'events[0]', 'events[1]', 'events[2]', 'events[4]', 'events[5]', 'events[6]', 'events[7]']);
  });

  it('converts a full event: text, image with alt, caption and credit, group and era', () => {
    expect(convertTimelineJs(fixture).document.events![1]).to.deep.equal({
      date: '1957-10-04',
      title: 'Sputnik 1',
      text: 'The Soviet Union launches the first artificial satellite, a 58\u00a0cm sphere.\n\nIts radio beeps are heard around the world.',
      tags: ['Soviet Union'],
      section: 'Before Apollo',
      media: {
        src: 'https://upload.wikimedia.org/wikipedia/commons/b/be/Sputnik_asm.jpg',
        alt: 'A polished metal sphere with four long antennas',
        caption: 'A replica of Sputnik 1',
        credit: 'NASA',
      },
    });
  });

  it('reduces HTML with lists, line breaks, entities and a script to plain text', () => {
    const apollo = convertTimelineJs(fixture).document.events![5];
    expect(apollo.text).to.equal(
      'The crew:\n\nNeil Armstrong\n\nBuzz Aldrin\n\nMichael Collins\n\n“That\'s one small step…”\nArmstrong, on the surface',
    );
    expect(apollo.displayDate).to.equal('16–24 July 1969');
  });

  it('names each problem the way our parser does, pointing into the TimelineJS file', () => {
    expect(readWarnings(fixture)).to.deep.equal([
      'events[1].media.alt: missing; the caption stands in: add alt text describing the image (event "Gagarin orbits the Earth")',
      'events[4].media.alt: missing; shown as decorative (alt=""): add alt text describing the image (event "Fire on the launch pad")',
    ]);
  });

  it('ignores what TimelineJS shows and we do not (scale, backgrounds, time of day) without warnings', () => {
    const {document} = convertTimelineJs(fixture);
    expect(JSON.stringify(document)).to.not.match(/background|scale|hour|#111/);
  });
});

describe('an editor gives TimelineJS years before the common era', () => {
  it('reads year -500 as 500 BCE, which our format writes -0499 (ISO 8601 numbering, where 0000 is 1 BCE)', () => {
    expect(first({start_date: {year: '-500'}}).date).to.equal('-0499');
    expect(first({start_date: {year: -44, month: 3, day: 15}}).date).to.equal('-0043-03-15');
    expect(first({start_date: {year: '-1'}}).date).to.equal('0000');
    expect(first({start_date: {year: '-44'}, end_date: {year: '14'}}).date).to.equal('-0043/0014');
  });

  it('reads TimelineJS’s cosmological years as they are: at that scale a year is below the precision', () => {
    expect(first({start_date: {year: '-13800000000'}}).date).to.equal('-13800000000');
    expect(first({start_date: {year: '-538800000'}, end_date: {year: '-251902000'}}).date).to.equal('-538800000/-251902000');
    expect(first({start_date: {year: '-10000'}}).date).to.equal('-10000');
    expect(first({start_date: {year: '-9999'}}).date).to.equal('-9998');
  });

  it('puts the older first, across the eras', () => {
    const {document} = convertTimelineJs({
      events: [slide({start_date: {year: '-44'}}), slide({start_date: {year: '10'}}), slide({start_date: {year: '-500', month: '6'}}), slide({start_date: {year: '-500'}})],
    });
    expect(document.events!.map((event) => event.date)).to.deep.equal(['-0499', '-0499-06', '-0043', '0010']);
  });

  it('makes sections of eras before the common era', () => {
    const {document} = convertTimelineJs({
      eras: [{start_date: {year: '-753'}, end_date: {year: '-509'}, text: {headline: 'Kingdom'}}, {start_date: {year: '-509'}, end_date: {year: '-27'}, text: {headline: 'Republic'}}],
      events: [slide({start_date: {year: '-44', month: '3', day: '15'}}), slide({start_date: {year: '-600'}})],
    });
    expect(document.events!.map((event) => event.section)).to.deep.equal(['Kingdom', 'Republic']);
  });
});

describe('an editor gives TimelineJS dates', () => {
  it('reads year, month and day as numbers or numeric strings', () => {
    expect(first({start_date: {year: 2019, month: 4, day: 5}}).date).to.equal('2019-04-05');
    expect(first({start_date: {year: '2019', month: '04', day: '5'}}).date).to.equal('2019-04-05');
  });

  it('keeps the precision given: a year, or a year and a month', () => {
    expect(first({start_date: {year: '1969'}}).date).to.equal('1969');
    expect(first({start_date: {year: '1969', month: '7', day: ''}}).date).to.equal('1969-07');
  });

  it('writes an early year with four digits', () => {
    expect(first({start_date: {year: '650'}}).date).to.equal('0650');
  });

  it('drops the spaces and thousands separators a spreadsheet adds to a year', () => {
    expect(first({start_date: {year: '1,999'}}).date).to.equal('1999');
  });

  it('makes an interval from start_date and end_date, and one date when they are the same', () => {
    expect(first({end_date: {year: '2019', month: '5'}}).date).to.equal('2019-04-25/2019-05');
    expect(first({end_date: {year: '2019', month: '4', day: '25'}}).date).to.equal('2019-04-25');
  });

  it('ignores an end_date without a year', () => {
    const {document, warnings} = one({end_date: {year: '', month: '', day: ''}});
    expect(document.events![0].date).to.equal('2019-04-25');
    expect(warnings).to.deep.equal([]);
  });

  it('drops the time of day silently', () => {
    const {document, warnings} = one({start_date: {year: '2019', month: '4', day: '25', hour: '14', minute: '30', second: '0', millisecond: '0'}});
    expect(document.events![0].date).to.equal('2019-04-25');
    expect(warnings).to.deep.equal([]);
  });

  const bad: [string, Fields, string][] = [
    ['year zero', {start_date: {year: '0'}}, 'events[0].start_date.year: there is no year 0 (-1 is 1 BCE), found "0"'],
    ['a whole date in the year', {start_date: {year: '20/10/2011'}}, 'events[0].start_date.year: a whole date, "20/10/2011": give the year, month and day separately'],
    ['an ISO date in the year', {start_date: {year: '2011-10-20'}}, 'events[0].start_date.year: a whole date, "2011-10-20": give the year, month and day separately'],
    ['a five-digit year', {start_date: {year: 12000}}, 'events[0].start_date.year: expected a year, found 12000'],
    ['a year in words', {start_date: {year: 'c. 1960'}}, 'events[0].start_date.year: expected a year, found "c. 1960"'],
    ['a fractional year', {start_date: {year: 2019.5}}, 'events[0].start_date.year: expected a year, found 2019.5'],
    ['month 13', {start_date: {year: '2019', month: '13'}}, 'events[0].start_date.month: expected a month number 1–12, found "13"'],
    ['a month name not in English', {start_date: {year: '2019', month: 'Mai'}}, 'events[0].start_date.month: expected a month number 1–12, found "Mai"'],
    ['two letters of a month', {start_date: {year: '2019', month: 'Ma'}}, 'events[0].start_date.month: expected a month number 1–12, found "Ma"'],
    ['day 32', {start_date: {year: '2019', month: '1', day: 32}}, 'events[0].start_date.day: expected a day, found 32'],
    ['a bad end year', {end_date: {year: 'soon'}}, 'events[0].end_date.year: expected a year, found "soon"'],
    ['no start_date', {start_date: undefined}, 'events[0].start_date: missing'],
    ['a start_date without a year', {start_date: {month: '4'}}, 'events[0].start_date.year: missing'],
    ['a start_date as text', {start_date: '2019-04-25'}, 'events[0].start_date: expected {year, month, day}, found "2019-04-25"'],
    ['a year as an object', {start_date: {year: {value: 2019}}}, 'events[0].start_date.year: expected a year, found {"value":2019}'],
  ];
  for (const [name, fields, problem] of bad) {
    it(`skips an event with ${name}, naming it`, () => {
      const {document, warnings, sources} = one(fields);
      expect(document.events).to.deep.equal([]);
      expect(sources.map((at) => at())).to.deep.equal([]);
      expect(warnings).to.deep.equal([`${problem}; event skipped (event "Summit")`]);
    });
  }

  it('reads a month written in English, whole or short', () => {
    for (const month of ['February', 'feb', 'Feb.', 'FEBR']) expect(first({start_date: {year: '2012', month, day: '27'}}).date).to.equal('2012-02-27');
    expect(first({start_date: {year: '2012', month: 'Sept'}}).date).to.equal('2012-09');
  });

  it('ignores a day given without a month, keeping the year', () => {
    const {document, warnings} = one({start_date: {year: '2019', day: '5'}});
    expect(document.events![0].date).to.equal('2019');
    expect(warnings).to.deep.equal(['events[0].start_date.day: a day without a month; ignored (event "Summit")']);
  });

  it('leaves impossible days such as 30 February to our parser', () => {
    expect(first({start_date: {year: '2023', month: '2', day: '30'}}).date).to.equal('2023-02-30');
  });
});

describe('an editor lists a day\'s events with their times', () => {
  const at = (headline: string, start_date: Fields) => slide({start_date, text: {headline}});

  it('orders events of one day by time of day, newest-first files included, and keeps their sources in step', () => {
    const day = {year: 2022, month: 11, day: 21};
    const {document, sources} = convertTimelineJs({
      events: [
        at('18:45', {...day, hour: 18, minute: 45}),
        at('Next day', {year: 2022, month: 11, day: 22, hour: 1}),
        at('16:10', {...day, hour: '16', minute: '10'}),
        at('13:21:30', {...day, hour: 13, minute: 21, second: 30}),
        at('13:21', {...day, hour: 13, minute: 21}),
        at('The month', {year: 2022, month: 11}),
      ],
    });
    expect(document.events!.map((event) => event.title)).to.deep.equal(['The month', '13:21', '13:21:30', '16:10', '18:45', 'Next day']);
    expect(sources.map((source) => source())).to.deep.equal(['events[5]', 'events[4]', 'events[3]', 'events[2]', 'events[0]', 'events[1]']);
    expect(document.events!.map((event) => event.date)).to.deep.equal(['2022-11', '2022-11-21', '2022-11-21', '2022-11-21', '2022-11-21', '2022-11-22']);
  });

  it('keeps the file\'s order of events without times, and of events at the same time', () => {
    const {document} = convertTimelineJs({events: [at('B', {year: 2019, hour: 9}), at('A', {year: 2019, hour: 9}), at('C', {year: 2019})]});
    expect(document.events!.map((event) => event.title)).to.deep.equal(['C', 'B', 'A']);
  });
});

describe('an editor writes TimelineJS display dates', () => {
  it('keeps the event display_date', () => {
    expect(first({display_date: 'Spring <b>2019</b>'}).displayDate).to.equal('Spring 2019');
  });

  it('falls back to the start date display_date of a single date', () => {
    expect(first({start_date: {year: '2019', display_date: 'April 2019, at dawn'}}).displayDate).to.equal('April 2019, at dawn');
  });

  it('joins start and end display_date of an interval, and uses neither when one is missing', () => {
    const both = {start_date: {year: '2019', display_date: 'Early 2019'}, end_date: {year: '2020', display_date: 'mid-2020'}};
    expect(first(both).displayDate).to.equal('Early 2019 – mid-2020');
    expect(first({...both, end_date: {year: '2020'}})).to.not.have.property('displayDate');
  });
});

describe('an editor gives TimelineJS media', () => {
  const media = (fields: Fields) => one({media: fields});

  it('makes an image of a picture address, whatever the case and query string', () => {
    for (const url of ['a.jpg', 'a.JPEG', 'a.png?w=1', 'a.gif#x', 'a.webp', 'a.avif', 'a.svg']) {
      expect(first({media: {url: `https://img.example/${url}`, alt: 'Alt'}}).media?.src).to.equal(`https://img.example/${url}`);
    }
  });

  it('lets the caption stand in for missing alt text, with a warning', () => {
    const json = {events: [slide({media: {url: 'https://img.example/a.jpg', caption: '<i>Kim</i> in Vladivostok'}})]};
    expect(readTimelineJs(json, 'https://news.example/').timeline.events[0].media).to.deep.equal({
      src: 'https://img.example/a.jpg',
      alt: 'Kim in Vladivostok',
      caption: 'Kim in Vladivostok',
      credit: undefined,
    });
    expect(readWarnings(json)).to.deep.equal([
      'events[0].media.alt: missing; the caption stands in: add alt text describing the image (event "Summit")',
    ]);
  });

  it('shows an image with neither alt nor caption as decorative, with a warning', () => {
    const json = {events: [slide({media: {url: 'https://img.example/a.jpg', credit: 'AP'}})]};
    expect(media({url: 'https://img.example/a.jpg', credit: 'AP'}).document.events![0].media).to.deep.equal({src: 'https://img.example/a.jpg', credit: 'AP'});
    expect(readTimelineJs(json, 'https://news.example/').timeline.events[0].media).to.include({src: 'https://img.example/a.jpg', alt: '', credit: 'AP'});
    expect(readWarnings(json)).to.deep.equal([
      'events[0].media.alt: missing; shown as decorative (alt=""): add alt text describing the image (event "Summit")',
    ]);
  });

  it('makes a link of a video, tweet or map, labelled by the caption or the host name', () => {
    expect(first({media: {url: 'https://www.youtube.com/watch?v=1', caption: 'The <b>speech</b>'}}).links).to.deep.equal([
      {href: 'https://www.youtube.com/watch?v=1', label: 'The speech'},
    ]);
    expect(first({media: {url: 'https://twitter.com/x/status/1'}}).links).to.deep.equal([
      {href: 'https://twitter.com/x/status/1', label: 'twitter.com'},
    ]);
  });

  it('shows the image of a Wikimedia Commons file page or a Google Drive share link, as TimelineJS does', () => {
    // The page stays the source; our parser finds the file behind it (test/data/safe-url.test.ts).
    for (const url of [
      'https://commons.wikimedia.org/wiki/File:Sputnik_asm.jpg',
      'https://drive.google.com/file/d/1a2B3c_-XyZ/view?usp=sharing',
      'https://drive.google.com/open?id=1a2B3c_-XyZ',
    ]) {
      expect(first({media: {url, caption: 'Sputnik'}}).media).to.deep.equal({src: url, caption: 'Sputnik'});
    }
  });

  it('makes a link of a file page of another wiki, which is a web page', () => {
    const url = 'https://en.wikipedia.org/wiki/File:Sputnik_asm.jpg';
    expect(first({media: {url, alt: 'Sputnik'}}).links).to.deep.equal([{href: url, label: 'en.wikipedia.org'}]);
  });

  it('makes a link of the first web address in an embed code, labelled by the caption or the host name', () => {
    const tweet = '<blockquote class="twitter-tweet"><p>We won</p>&mdash; P (@p) <a href="https://twitter.com/p/status/1?s=20&amp;t=x">April 17</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script>';
    expect(one({media: {url: tweet, credit: '@p'}})).to.deep.include({warnings: []});
    expect(first({media: {url: tweet, credit: '@p'}}).links).to.deep.equal([{href: 'https://twitter.com/p/status/1?s=20&t=x', label: 'twitter.com'}]);
    const iframe = '<iframe width="560" src="https://www.youtube.com/embed/abc123" allowfullscreen></iframe>';
    expect(first({media: {url: iframe, caption: 'The speech'}}).links).to.deep.equal([{href: 'https://www.youtube.com/embed/abc123', label: 'The speech'}]);
  });

  it('ignores an embed code without a web address, with a warning', () => {
    const {document, warnings} = media({url: '<blockquote>A quote</blockquote>'});
    expect(document.events![0]).to.not.have.any.keys('media', 'links');
    expect(warnings).to.deep.equal(['events[0].media.url: an embed code without an http(s) address; ignored (event "Summit")']);
  });

  it('ignores the thumbnail and media without an address', () => {
    const {document, warnings} = media({caption: 'Only a caption', thumbnail: 'https://img.example/t.jpg'});
    expect(document.events![0]).to.not.have.any.keys('media', 'links');
    expect(warnings).to.deep.equal([]);
  });
});

describe('an editor links words in TimelineJS text', () => {
  it('keeps the words in the text and adds each web address as a link, after the media link', () => {
    const text = '<p>Read <a href="https://example.org/guide?a=1&amp;b=2" target="_blank">our <b>guide</b></a> and <a href=\'https://example.org/faq\'>the FAQ</a>.</p><p>Again: <a href="https://example.org/faq">FAQ</a>, <a href="/relative">here</a>, <a href="javascript:alert(1)">there</a>, <a href="mailto:x@example.org">mail</a>, <a href=https://img.example/><img src=x></a></p>';
    const event = first({text: {headline: 'Summit', text}, media: {url: 'https://www.youtube.com/watch?v=1', caption: 'Video'}});
    expect(event.text).to.equal('Read our guide and the FAQ.\n\nAgain: FAQ, here, there, mail,');
    expect(event.links).to.deep.equal([
      {href: 'https://www.youtube.com/watch?v=1', label: 'Video'},
      {href: 'https://example.org/guide?a=1&b=2', label: 'our guide'},
      {href: 'https://example.org/faq', label: 'the FAQ'},
      {href: 'https://img.example/', label: 'img.example'},
    ]);
  });

  it('adds a link to the same address as the media once', () => {
    const event = first({text: {text: 'See <a href="https://www.youtube.com/watch?v=1">the video</a>'}, media: {url: 'https://www.youtube.com/watch?v=1'}});
    expect(event.links).to.deep.equal([{href: 'https://www.youtube.com/watch?v=1', label: 'www.youtube.com'}]);
  });
});

describe('an editor fills the other TimelineJS fields', () => {
  it('reads the headline as a title of one line, HTML reduced', () => {
    expect(first({text: {headline: '<b>Kim</b> &amp; Putin<br>meet'}}).title).to.equal('Kim & Putin meet');
  });

  it('leaves out a missing headline: our parser then shows the date as heading', () => {
    expect(first({text: {text: 'Body'}})).to.deep.equal({date: '2019-04-25', text: 'Body'});
  });

  it('reads group as a tag and unique_id as the id', () => {
    expect(first({group: ' Diplomacy ', unique_id: 'summit-2019'})).to.include({id: 'summit-2019'});
    expect(first({group: 'Diplomacy'}).tags).to.deep.equal(['Diplomacy']);
  });

  it('names an untitled event by its unique_id in warnings', () => {
    const {warnings} = one({text: {}, unique_id: 'x', start_date: {year: 'x'}});
    expect(warnings).to.deep.equal(['events[0].start_date.year: expected a year, found "x"; event skipped (event id "x")']);
  });

  it('warns about a text field that is not text and goes on', () => {
    const {document, warnings} = one({text: {headline: 'Summit', text: ['a']}});
    expect(document.events![0]).to.not.have.property('text');
    expect(warnings).to.deep.equal(['events[0].text.text: expected text, found ["a"]; ignored (event "Summit")']);
  });

  it('skips a slide that is not an object', () => {
    const {document, warnings} = convertTimelineJs({events: [null, slide()]});
    expect(document.events!.length).to.equal(1);
    expect(warnings).to.deep.equal(['events[0]: expected a slide object, found null; skipped']);
  });

  it('has no events when the file has no events array, for our parser to refuse', () => {
    expect(convertTimelineJs({title: {text: {headline: 'T'}}}).document).to.deep.equal({title: 'T'});
  });
});

describe('an editor groups TimelineJS events in eras', () => {
  const era = (start: Fields, end: Fields, headline = 'Era') => ({start_date: start, end_date: end, text: {headline}});
  const sections = (eras: unknown[], events: Fields[]) =>
    convertTimelineJs({eras, events: events.map(slide)}).document.events!.map((event) => event.section);

  it('gives each event the era its start falls in, counting the era\'s last year whole', () => {
    const eras = [era({year: '1939'}, {year: '1945'}, 'War'), era({year: '1946'}, {year: '1991'}, 'Cold War')];
    const events = [{start_date: {year: '1938'}}, {start_date: {year: '1939'}}, {start_date: {year: '1945', month: '12', day: '31'}}, {start_date: {year: '1946', month: '1'}}, {start_date: {year: '1992'}}];
    expect(sections(eras, events)).to.deep.equal([undefined, 'War', 'War', 'Cold War', undefined]);
  });

  it('takes the first matching era in the file when eras overlap', () => {
    const eras = [era({year: '2000'}, {year: '2010'}, 'Second listed first'), era({year: '1990'}, {year: '2005'}, 'First')];
    expect(sections(eras, [{start_date: {year: '2001'}}])).to.deep.equal(['Second listed first']);
  });

  it('reads an era to the month or day it gives', () => {
    const eras = [era({year: '2020', month: '3'}, {year: '2020', month: '5', day: '15'}, 'Lockdown')];
    const events = [{start_date: {year: '2020', month: '2', day: '29'}}, {start_date: {year: '2020', month: '3'}}, {start_date: {year: '2020', month: '5', day: '16'}}];
    expect(sections(eras, events)).to.deep.equal([undefined, 'Lockdown', undefined]);
  });

  it('ignores an era without an end, a headline or a valid date, with warnings', () => {
    const {warnings} = convertTimelineJs({
      eras: [{start_date: {year: '1990'}, text: {headline: 'Open'}}, era({year: '1990'}, {year: '2000'}, ''), era({year: 'x'}, {year: '2000'}, 'Bad'), 'era'],
      events: [],
    });
    expect(warnings).to.deep.equal([
      'eras[0].end_date: missing; era ignored (era "Open")',
      'eras[1].text.headline: missing; era ignored',
      'eras[2].start_date.year: expected a year, found "x"; era ignored (era "Bad")',
      'eras[3]: expected a slide object, found "era"; era ignored',
    ]);
  });
});

describe('a program tells TimelineJS from our format', () => {
  it('knows TimelineJS by events with start_date or by a title slide with text', () => {
    expect(isTimelineJs({events: [{start_date: {year: '2019'}}]})).to.equal(true);
    expect(isTimelineJs({title: {text: {headline: 'T'}}, events: []})).to.equal(true);
  });

  it('tells the early TimelineJS 3 form ("slides") and TimelineJS 2 ({"timeline": …}) too', () => {
    expect(isTimelineJs({slides: [{start_date: {year: '2019'}}]})).to.equal(true);
    expect(isTimelineJs({timeline: {headline: 'T', date: []}})).to.equal(true);
  });

  it('does not take our format, a bare array or other values for TimelineJS', () => {
    for (const json of [{title: 'T', events: [{date: '2019', title: 'x'}]}, [{start_date: {year: '2019'}}], null, 'x', 42, {events: 'x'}]) {
      expect(isTimelineJs(json)).to.equal(false);
    }
  });

  it('looks at own properties only', () => {
    const events = [Object.create({start_date: {year: '2019'}})];
    expect(isTimelineJs({events})).to.equal(false);
  });
});

describe('an editor brings a TimelineJS 2 file', () => {
  const old = (date: Fields, timeline: Fields = {}) =>
    convertTimelineJs({timeline: {headline: 'Old', type: 'default', text: '<p>About</p>', date: [{headline: 'Summit', ...date}], ...timeline}});

  it('reads "YYYY", "YYYY,MM", "YYYY,MM,DD", with time parts, and years before the common era as TimelineJS 3’s', () => {
    const read = (startDate: string, endDate?: string) => old({startDate, endDate}).document.events![0].date;
    expect(read('1932')).to.equal('1932');
    expect(read('1932,2')).to.equal('1932-02');
    expect(read('1932,2,27')).to.equal('1932-02-27');
    expect(read(' 1932, 2, 27, 14, 30, 5 ')).to.equal('1932-02-27');
    expect(read('-500')).to.equal('-0499');
    expect(read('1932,2,27', '1932,3')).to.equal('1932-02-27/1932-03');
  });

  it('orders a day’s dates by their time parts', () => {
    const {document} = convertTimelineJs({
      timeline: {date: [{startDate: '1932,2,27,18', headline: 'Evening'}, {startDate: '1932,2,27,9,30', headline: 'Morning'}]},
    });
    expect(document.events!.map((event) => event.title)).to.deep.equal(['Morning', 'Evening']);
  });

  it('reads the timeline as the title, each date’s headline, text, tag and asset as TimelineJS 3’s', () => {
    const {document, warnings} = old({
      startDate: '1932,2,27',
      text: '<p>The <b>neutron</b> is found.</p>',
      tag: 'Physics',
      asset: {media: '//upload.wikimedia.org/n.jpg', thumbnail: '//upload.wikimedia.org/t.jpg', credit: 'Nature', caption: 'Chadwick’s letter'},
    });
    expect(warnings).to.deep.equal([]);
    expect(document).to.deep.equal({
      title: 'Old',
      description: 'About',
      events: [
        {
          date: '1932-02-27',
          title: 'Summit',
          text: 'The neutron is found.',
          tags: ['Physics'],
          media: {src: '//upload.wikimedia.org/n.jpg', caption: 'Chadwick’s letter', credit: 'Nature'},
        },
      ],
    });
  });

  it('makes sections of its eras', () => {
    const {document} = old({startDate: '1932,2,27'}, {era: [{startDate: '1930', endDate: '1939', headline: 'The thirties', tag: ''}]});
    expect(document.events![0].section).to.equal('The thirties');
  });

  it('names its own fields in warnings: date[0].startDate, date[0].asset, era[0].endDate', () => {
    expect(old({startDate: '27 February 1932'}).warnings).to.deep.equal([
      'date[0].startDate: expected a year, found "27 February 1932"; event skipped (event "Summit")',
    ]);
    expect(old({startDate: '1932,13'}).warnings).to.deep.equal([
      'date[0].startDate: expected a month number 1–12, found "13"; event skipped (event "Summit")',
    ]);
    expect(old({startDate: '1932', headline: ['Summit']}).warnings).to.deep.equal(['date[0].headline: expected text, found ["Summit"]; ignored']);
    const oldTimeline = (asset: Fields) => ({timeline: {headline: 'Old', date: [{headline: 'Summit', startDate: '1932', asset}]}});
    expect(readWarnings(oldTimeline({media: 'https://img.example/a.jpg'}))).to.deep.equal([
      'date[0].asset: missing; shown as decorative (alt=""): add alt text describing the image (event "Summit")',
    ]);
    expect(readWarnings(oldTimeline({media: 'https://img.example/a.jpg', caption: 'Kim'}))).to.deep.equal([
      'date[0].asset: missing; the caption stands in: add alt text describing the image (event "Summit")',
    ]);
    expect(old({startDate: '1932'}, {era: [{startDate: '1930', headline: 'Thirties'}]}).warnings).to.deep.equal([
      'era[0].endDate: missing; era ignored (era "Thirties")',
    ]);
    expect(convertTimelineJs({timeline: {date: [5]}}).warnings).to.deep.equal(['date[0]: expected a slide object, found 5; skipped']);
  });

  it('has no events when the file has no "date" list, for the parser to say what was expected', () => {
    expect(convertTimelineJs({timeline: {headline: 'Old'}}).document).to.deep.equal({title: 'Old'});
  });
});

describe('an editor brings an early TimelineJS 3 file, with "slides" for "events"', () => {
  it('reads each slide as an event, named by its place among the slides', () => {
    const {document, warnings, sources} = convertTimelineJs({title: {text: {headline: 'T'}}, slides: [slide(), slide({start_date: {year: 'x'}})]});
    expect(document.events!.map((event) => event.date)).to.deep.equal(['2019-04-25']);
    expect(sources[0]('media.url')).to.equal('slides[0].media.url');
    expect(warnings).to.deep.equal(['slides[1].start_date.year: expected a year, found "x"; event skipped (event "Summit")']);
  });
});

describe('a TimelineJS file costs no more than its size', () => {
  it('finds the era of each event in linear time, the first era in the file winning', async () => {
    const era = (year: number, headline: string) => ({start_date: {year: String(year)}, end_date: {year: String(year)}, text: {headline}});
    const file = (size: number) => ({
      eras: Array.from({length: size}, (_, index) => era(1000 + (index % 1000), `Era ${index}`)),
      events: Array.from({length: size}, (_, index) => ({start_date: {year: String(1000 + (index % 1000))}, text: {headline: `E${index}`}})),
    });
    const {document} = convertToObjects({eras: [era(2000, 'Later'), {...era(1999, 'Wide'), end_date: {year: '2001'}}, era(2000, 'Same')], events: [slide(), {start_date: {year: '2000'}}, {start_date: {year: '1999'}}]});
    expect(document.events!.map(({section}) => section)).to.deep.equal(['Wide', 'Later', undefined]);
    await expectLinearGrowth((size) => convertToObjects(file(size)), {size: 400, label: 'eras by events'});
  });
});
