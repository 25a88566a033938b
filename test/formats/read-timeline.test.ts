import {expect} from '@open-wc/testing';
import {decodeJson} from '../../src/data/decode.js';
import {readAnyFormat as readToObjects} from '../../src/formats/read-any-format.js';
import {readSheetCsv, readTimelineJs} from '../../src/formats/read-timeline.js';
import {worded} from '../data/worded.js';
import {expectLinearGrowth} from '../growth.js';
import {TimelineError} from '../../src/timeline-error.js';

const readAnyFormat = async (...args: Parameters<typeof readToObjects>) => worded(await readToObjects(...args));
const BASE = 'https://news.example/data/timeline';
const fixture = async (name: string) => (await fetch(`/data/examples/${name}`)).text();
const thrown = async (run: () => unknown): Promise<TimelineError> => {
  try {
    await run();
  } catch (error) {
    return error as TimelineError;
  }
  throw new Error('nothing thrown');
};

describe('an editor publishes a file in any format we read', () => {
  it('reads our own JSON as it is', async () => {
    const {format, timeline, warnings} = await readAnyFormat({text: '{"title": "T", "events": [{"date": "2019", "title": "Summit"}]}'}, BASE);
    expect(format).to.equal('rk-timeline');
    expect(warnings).to.deep.equal([]);
    expect(timeline.title).to.equal('T');
  });

  it('reads a bare array of our events as it is', async () => {
    expect((await readAnyFormat({json: [{date: '2019', title: 'Summit'}]}, BASE)).format).to.equal('rk-timeline');
  });

  it('reads a TimelineJS file, by its content and not its name', async () => {
    const {format, timeline} = await readAnyFormat({text: await fixture('race-to-the-moon.timelinejs.json')}, `${BASE}.csv`);
    expect(format).to.equal('timelinejs');
    expect(timeline.title).to.equal('The Race to the Moon');
    expect(timeline.events.length).to.equal(8);
  });

  it('reads a TimelineJS document already parsed, even with only a title slide', async () => {
    const {format, timeline} = await readAnyFormat({json: {title: {text: {headline: 'Soon'}}, events: []}}, BASE);
    expect(format).to.equal('timelinejs');
    expect(timeline).to.deep.include({title: 'Soon', events: []});
  });

  it('reads CSV from the Sheets template, by its content and not its name', async () => {
    const {format, timeline} = await readAnyFormat({text: await fixture('race-to-the-moon.csv')}, `${BASE}.json`);
    expect(format).to.equal('csv');
    expect(timeline.title).to.equal('The Race to the Moon');
    expect(timeline.events.map((event) => event.title)).to.deep.equal([
      'Sputnik 1',
      'Gagarin: "Poyekhali!"',
      'Kennedy at Rice',
      'Fire on the launch pad',
      'Apollo 11',
      'Artemis I',
    ]);
  });

  it('shows converted events with their sections, tags, paragraphs and images, oldest first', async () => {
    const {timeline} = await readAnyFormat({text: await fixture('race-to-the-moon.timelinejs.json')}, BASE);
    const artemis = timeline.events.at(-1)!;
    const gagarin = timeline.events.find((event) => event.id === 'gagarin')!;
    expect(artemis.title).to.equal('Artemis I');
    expect(gagarin).to.deep.include({section: 'The Apollo years', tags: ['Soviet Union']});
    expect(gagarin.paragraphs.length).to.equal(2);
    expect(gagarin.media?.alt).to.equal('Yuri Gagarin in Stockholm, 1964');
  });

  it('reads text with a byte order mark, as Node reads a file Excel saved', async () => {
    expect((await readAnyFormat({text: '\ufeff[{"date": "2019", "title": "Summit"}]'}, BASE)).format).to.equal('rk-timeline');
    expect((await readAnyFormat({text: '\ufeffYear,Headline\r\n2019,Summit\r\n'}, BASE)).format).to.equal('csv');
  });
});

describe('an editor publishes something we cannot read', () => {
  const sameAsDecodeJson = async (text: string, kind: string) => {
    const error = await thrown(() => readAnyFormat({text}, BASE));
    const expected = await thrown(() => decodeJson(text, BASE, BASE));
    expect(error).to.be.instanceOf(TimelineError);
    expect(error.kind).to.equal(kind);
    expect(error.message).to.equal(expected.message);
    expect(error.url).to.equal(BASE);
  };

  it('refuses an empty file as the loader does', () => sameAsDecodeJson('  \n', 'empty'));
  it('refuses an HTML page as the loader does', () => sameAsDecodeJson('<!doctype html><title>Log in</title>', 'html'));
  it('refuses broken JSON as the loader does, even when it has commas', async () => {
    await sameAsDecodeJson('{"events": [{"date": "2019", "title": "A, B"},]}', 'json');
    await sameAsDecodeJson(' [1,,2]', 'json');
  });
  it('refuses text that is not even a table as the loader does', () => sameAsDecodeJson('Not found', 'json'));

  it('refuses a spreadsheet that is not the template, saying what it looks like and what to do', async () => {
    for (const text of ['Date,Title\n2019,Summit', 'Year,Month\n2019,4', 'Notes\tOwner\nx\ty']) {
      const error = await thrown(() => readAnyFormat({text}, BASE));
      expect(error).to.be.instanceOf(TimelineError);
      expect(error.kind).to.equal('format');
      expect(error.message).to.equal(
        `${BASE} looks like a spreadsheet, but its first row lacks the Year or Headline column of the TimelineJS 3 template (Year, Month, Day, Headline, Text, Media…): copy its rows into it`,
      );
    }
  });

  it('names the text as the caller asks in its errors', async () => {
    expect((await thrown(() => readAnyFormat({text: 'Date,Title\n2019,Summit', where: 'sheet.csv'}, BASE))).message).to.match(/^sheet\.csv looks like a spreadsheet/);
    expect((await thrown(() => readAnyFormat({text: '{', where: 'data.json'}, BASE))).message).to.match(/^data\.json is not valid JSON: /);
  });

  it('refuses JSON that is not a timeline with our parser\'s format error', async () => {
    expect((await thrown(() => readAnyFormat({text: '{"items": []}'}, BASE))).kind).to.equal('format');
    expect((await thrown(() => readAnyFormat({json: {title: {text: {headline: 'No events'}}}}, BASE))).kind).to.equal('format');
  });
});

describe('an editor reads the warnings about a converted file', () => {
  it('lists the converter\'s warnings first, then the parser\'s, each naming the source', async () => {
    const csv = 'Year,Month,Day,Headline,Media,Media Caption\n2019,,,Bad media,javascript:alert(1)//a.jpg,Cover\nsoon,,,Bad year,,\n2023,2,30,Leap,,';
    expect((await readAnyFormat({text: csv}, BASE)).warnings).to.deep.equal([
      'row 3.Year: expected a year, found "soon"; event skipped (event "Bad year")',
      'row 2.Media: "javascript:alert(1)//a.jpg" is not an http(s) or relative address; image left out (event "Bad media")',
      'row 4.Year: "2023-02-30" is not a real day (that month has 28 days); event skipped (event "Leap")',
    ]);
  });

  it('names a TimelineJS event by its index in the TimelineJS file, past skipped events', async () => {
    const json = {
      title: {text: {headline: 'T'}},
      events: [{start_date: {year: '0'}}, {start_date: {year: '2019'}, text: {headline: 'Fine'}}, {start_date: {year: '2023', month: '2', day: '30'}, text: {headline: 'Leap'}}],
    };
    expect((await readAnyFormat({json}, BASE)).warnings).to.deep.equal([
      'events[0].start_date.year: there is no year 0 (-1 is 1 BCE), found "0"; event skipped',
      'events[2].start_date: "2023-02-30" is not a real day (that month has 28 days); event skipped (event "Leap")',
    ]);
  });

  it('drops the parser\'s count of an untitled event, which counts the converted list', async () => {
    const csv = 'Year,Month,Day,Headline\nx,,,\n2019,,,\n2023,2,30,';
    expect((await readAnyFormat({text: csv}, BASE)).warnings).to.deep.equal([
      'row 2.Year: expected a year, found "x"; event skipped',
      'row 4.Year: "2023-02-30" is not a real day (that month has 28 days); event skipped',
    ]);
  });

  it('leaves our own format\'s warnings as the parser words them', async () => {
    expect((await readAnyFormat({json: [{date: '2019', title: 'A', id: 'bad id'}]}, BASE)).warnings).to.deep.equal([
      'events[0].id: "bad id" is not an id (letters, digits, - and _); derived from the date instead (event "A")',
    ]);
  });

  it('names the slide whose unique_id was already taken', async () => {
    const slide = (year: string, headline?: string) => ({start_date: {year}, unique_id: 'a', text: {headline}});
    const json = {events: [slide('2019', 'One'), slide('2020', 'Two'), slide('2018', 'Zero'), slide('2021')]};
    expect((await readAnyFormat({json}, BASE)).warnings).to.deep.equal([
      'events[0].unique_id: id "a" is used twice; event "One" gets "a-2"',
      'events[1].unique_id: id "a" is used twice; event "Two" gets "a-3"',
      'events[3].unique_id: id "a" is used twice; event "2021" gets "a-4"',
    ]);
  });

  it('names each field of a TimelineJS file as the file does', async () => {
    const json = {
      events: [
        {start_date: {year: '2019'}, unique_id: 'polls open', text: {headline: 'Id'}},
        {start_date: {year: '2020', month: '1', day: '5'}, end_date: {year: '2020', month: '2', day: '30'}, text: {headline: 'End'}},
        {start_date: {year: '2020'}, end_date: {year: '2019'}, text: {headline: 'Backwards'}},
        {start_date: {year: '2021'}, media: {url: 'ftp://x.example/a.jpg', caption: 'Photo'}, text: {headline: 'Image'}},
      ],
    };
    expect((await readAnyFormat({json}, BASE)).warnings).to.deep.equal([
      'events[0].unique_id: "polls open" is not an id (letters, digits, - and _); derived from the date instead (event "Id")',
      'events[1].end_date: "2020-02-30" is not a real day (that month has 29 days); event skipped (event "End")',
      'events[2].end_date: "2020/2019" ends before it starts; event skipped (event "Backwards")',
      'events[3].media.url: "ftp://x.example/a.jpg" is not an http(s) or relative address; image left out (event "Image")',
    ]);
  });

  it('lists the parser\'s warnings in the file\'s order, whatever the order of the dates', async () => {
    const csv = 'Year,Month,Day,Headline,Media\n2023,2,30,Late,\n2019,,,Early,ftp://x.example/a.mp4\n2021,2,29,Middle,';
    expect((await readAnyFormat({text: csv}, BASE)).warnings.map((warning) => warning.slice(0, 5))).to.deep.equal(['row 2', 'row 3', 'row 4']);
  });

  it('names each column of a sheet as the sheet spells it', async () => {
    const csv = 'year,End Year,HEADLINE,Media,Media Caption\n2020,2019,Backwards,,\n2021,,Video,vbscript:x,Watch\n2022,,Image,ftp://x.example/a.jpg,Photo';
    expect((await readAnyFormat({text: csv}, BASE)).warnings).to.deep.equal([
      'row 2.End Year: "2020/2019" ends before it starts; event skipped (event "Backwards")',
      'row 3.Media: "vbscript:x" is not an http(s) or relative address; shown as plain text (event "Video")',
      'row 4.Media: "ftp://x.example/a.jpg" is not an http(s) or relative address; image left out (event "Image")',
    ]);
  });
});

describe('a hostile file arrives in another format', () => {
  it('never lets a script through as markup: what is left is plain text', async () => {
    const json = {events: [{start_date: {year: '2019'}, text: {headline: '<img src=x onerror=alert(1)>Hi', text: '<p>a</p><script>alert(1)</script><iframe src="javascript:alert(1)"></iframe>'}}]};
    const [event] = (await readAnyFormat({json}, BASE)).timeline.events;
    expect(event.title).to.equal('Hi');
    expect(event.paragraphs).to.deep.equal(['a']);
  });

  it('drops javascript: and data: media addresses, through our parser, with its warnings', async () => {
    const json = {
      events: [
        {start_date: {year: '2019'}, text: {headline: 'Image'}, media: {url: 'javascript:alert(1)//x.png', alt: 'x'}},
        {start_date: {year: '2020'}, text: {headline: 'Link'}, media: {url: 'data:text/html,<script>alert(1)</script>', caption: 'Watch'}},
      ],
    };
    const {timeline, warnings} = await readAnyFormat({json}, BASE);
    expect(timeline.events[0].media).to.equal(undefined);
    expect(timeline.events[1].links).to.deep.equal([{label: 'Watch', href: undefined}]);
    expect(warnings).to.deep.equal([
      'events[0].media.url: "javascript:alert(1)//x.png" is not an http(s) or relative address; image left out (event "Image")',
      'events[1].media.url: "data:text/html,<script>alert(1)</script>" is not an http(s) or relative address; shown as plain text (event "Link")',
    ]);
  });

  it('reads __proto__ keys in TimelineJS as plain keys, polluting nothing', async () => {
    const text = '{"__proto__": {"polluted": 1}, "title": {"__proto__": {"text": {"headline": "proto"}}, "text": {"headline": "Own"}}, "events": [{"__proto__": {"start_date": {"year": "1900"}}, "start_date": {"__proto__": {"month": "5"}, "year": "2019"}, "text": {"headline": "Own"}}, {"__proto__": {"start_date": {"year": "1900"}}}]}';
    const {format, timeline, warnings} = await readAnyFormat({text}, BASE);
    expect(format).to.equal('timelinejs');
    expect(timeline.title).to.equal('Own');
    expect(timeline.events.map((event) => event.date.start.iso)).to.deep.equal(['2019']);
    expect(warnings).to.deep.equal(['events[1].start_date: missing; event skipped']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('a converted file costs no more than its size', () => {
  it('reads a sheet of many rows on one date in linear time', async () => {
    const sheet = (size: number) => `Year,Headline\n${'2000,h\n'.repeat(size)}`;
    expect(readSheetCsv(sheet(3), 'sheet.csv', BASE)!.timeline.events.map(({id}) => id)).to.deep.equal(['2000', '2000-2', '2000-3']);
    await expectLinearGrowth((size) => readSheetCsv(sheet(size), 'sheet.csv', BASE), {size: 400, label: 'sheet rows on one date'});
  });

  it('names the slides sharing one unique_id in linear time', async () => {
    const slides = (size: number) => ({events: Array.from({length: size}, (_, index) => ({start_date: {year: '2000'}, unique_id: 'a', text: {headline: `h${index}`}}))});
    await expectLinearGrowth((size) => readTimelineJs(slides(size), BASE), {size: 300, label: 'slides sharing a unique_id'});
  });

  it('gives each warning as its place in the source and its sentence', () => {
    const csv = 'Year,Headline,Alt Text,Media\nsoon,Later,,\n2019,Photo,,https://news.example/a.jpg';
    expect(readSheetCsv(csv, 'sheet.csv', BASE)!.warnings).to.deep.equal([
      {at: 'row 2.Year', message: 'expected a year, found "soon"; event skipped (event "Later")'},
      {at: 'row 3.Alt Text', message: 'missing; shown as decorative (alt=""): add alt text describing the image (event "Photo")'},
    ]);
  });
});
