import {expect} from '@open-wc/testing';
import {readSheetCsv} from '../../src/formats/read-timeline.js';
import {convertSheetCsv as convertToObjects} from '../../src/formats/sheet-csv.js';
import {worded} from '../data/worded.js';

const convertSheetCsv = (...args: Parameters<typeof convertToObjects>) => {
  const converted = convertToObjects(...args);
  return converted && worded(converted);
};

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
/** One template row from the cells named, the others empty. */
const row = (cells: Record<string, string>) =>
  HEADER.split(',')
    .map((name) => cells[name] ?? '')
    .join(',');
const sheet = (...rows: Record<string, string>[]) => convertSheetCsv([HEADER, ...rows.map(row)].join('\n'))!;

describe('an editor exports the TimelineJS Sheets template as CSV', () => {
  let converted: ReturnType<typeof convertSheetCsv>;
  before(async () => {
    converted = convertSheetCsv(await (await fetch('/data/examples/race-to-the-moon.csv')).text());
  });

  it('reads the title row as the document title, not as an event', () => {
    expect(converted!.document.title).to.equal('The Race to the Moon');
    expect(converted!.document.events!.map((event) => event.title)).to.not.include('The Race to the Moon');
  });

  it('converts every event row, naming each by its spreadsheet row', () => {
    expect(converted!.document.events!.map((event) => event.title)).to.deep.equal([
      'Sputnik 1',
      'Gagarin: "Poyekhali!"',
      'Kennedy at Rice',
      'Fire on the launch pad',
      'Apollo 11',
      'Artemis I',
    ]);
    // The blank row 6 and the multi-line Text of row 7 count as a spreadsheet counts them.
    expect(converted!.sources.map((at) => at())).to.deep.equal(['row 5', 'row 7', 'row 8', 'row 10', 'row 11', 'row 12']);
  });

  it('reads quoted commas, doubled quotes and a multi-line Text cell', () => {
    const [sputnik, gagarin, kennedy] = converted!.document.events!;
    expect(sputnik).to.deep.equal({
      date: '1957-10-04',
      title: 'Sputnik 1',
      text: 'The Soviet Union launches the first satellite, a 58 cm sphere.',
      tags: ['Soviet Union'],
      section: 'Before Apollo',
      media: {
        src: 'https://upload.wikimedia.org/wikipedia/commons/b/be/Sputnik_asm.jpg',
        caption: 'A replica of Sputnik 1, in a museum',
        credit: 'NASA',
      },
    });
    expect(gagarin.text).to.equal(
      'He said "Let\'s go!" as Vostok 1 lifted off.\n\nHe landed 108 minutes later, apart from the capsule & by parachute.',
    );
    expect(kennedy).to.deep.include({
      displayDate: 'September 12, 1962',
      text: '"We choose to go to the Moon"',
      links: [{href: 'https://www.youtube.com/watch?v=WZyRbnpGyzQ', label: "Kennedy's speech at Rice University"}],
    });
  });

  it('makes intervals of End Year, End Month and End Day, and sections of era rows', () => {
    const events = converted!.document.events!;
    expect(events.map((event) => event.date).slice(-2)).to.deep.equal(['1969-07-16/1969-07-24', '2022-11-16/2022-12-11']);
    expect(events.map((event) => event.section)).to.deep.equal([
      'Before Apollo',
      'The Apollo years',
      'The Apollo years',
      'The Apollo years',
      'The Apollo years',
      undefined,
    ]);
  });

  it('names each problem by row and column, in our parser\'s words', async () => {
    expect(converted!.warnings).to.deep.equal(['row 9.Year: expected a year, found "c. 1960"; event skipped (event "A year in words")']);
    // The parser's, about the images it shows, follow the converter's.
    const text = await (await fetch('/data/examples/race-to-the-moon.csv')).text();
    expect(worded(readSheetCsv(text, 'race-to-the-moon.csv', 'https://news.example/data/')!).warnings).to.deep.equal([
      'row 9.Year: expected a year, found "c. 1960"; event skipped (event "A year in words")',
      'row 5.Alt Text: missing; the caption stands in: add alt text describing the image (event "Sputnik 1")',
      'row 10.Alt Text: missing; shown as decorative (alt=""): add alt text describing the image (event "Fire on the launch pad")',
      'row 11.Alt Text: missing; the caption stands in: add alt text describing the image (event "Apollo 11")',
    ]);
  });
});

describe('an editor rearranges the template', () => {
  it('matches headers in any case, order and padding, and ignores unknown columns', () => {
    const {document, warnings} = convertSheetCsv(' headline ,Notes,YEAR,month\nSummit,internal,2019,4\n')!;
    expect(warnings).to.deep.equal([]);
    expect(document.events).to.deep.equal([{date: '2019-04', title: 'Summit'}]);
  });

  it('names columns in warnings as the file spells them', () => {
    const {warnings} = convertSheetCsv('headline,year\nSummit,soon')!;
    expect(warnings).to.deep.equal(['row 2.year: expected a year, found "soon"; event skipped (event "Summit")']);
  });

  it('reads only the first of two columns with the same name', () => {
    const {document} = convertSheetCsv('Year,Headline,Headline\n2019,First,Second')!;
    expect(document.events![0].title).to.equal('First');
  });

  it('reads an Alt Text column, as newer copies of the template have', () => {
    const {document} = convertSheetCsv('Year,Headline,Media,Alt Text\n2019,Summit,https://img.example/a.jpg,Two leaders')!;
    expect(document.events![0].media).to.deep.equal({src: 'https://img.example/a.jpg', alt: 'Two leaders'});
  });

  it('refuses a table without a Year and a Headline column, saying what to do', () => {
    for (const text of ['Date,Headline\n2019,Summit', 'Year,Title\n2019,Summit', 'Year;Title\n2019;Summit']) {
      expect(() => convertSheetCsv(text, 'sheet.csv')).to.throw(
        'sheet.csv looks like a spreadsheet, but its first row lacks the Year or Headline column of the TimelineJS 3 template (Year, Month, Day, Headline, Text, Media…): copy its rows into it',
      );
    }
  });

  it('refuses the TimelineJS 2 template, saying to copy its rows into the TimelineJS 3 one', () => {
    expect(() => convertSheetCsv('Start Date,End Date,Headline,Text\n1/1/2011,,Arab Spring,', 'old.csv')).to.throw(
      'old.csv is a TimelineJS 2 sheet, which is not read: copy its rows into the TimelineJS 3 template (Year, Month, Day, Headline, Text, Media…)',
    );
  });

  it('is not a table at all without a row of two cells', () => {
    expect(convertSheetCsv('')).to.equal(undefined);
    expect(convertSheetCsv('Not found\n')).to.equal(undefined);
  });
});

describe('an editor exports the template from another spreadsheet, or adds a note above it', () => {
  it('reads semicolons, as European Excel writes them, with commas and quoted semicolons in cells', () => {
    const {document, warnings} = convertSheetCsv('Year;Month;Headline;Text\r\n2023;1;Borne presents the reform;"62 to 64; 1,12 million march"\r\n')!;
    expect(warnings).to.deep.equal([]);
    expect(document.events).to.deep.equal([{date: '2023-01', title: 'Borne presents the reform', text: '62 to 64; 1,12 million march'}]);
  });

  it('reads tabs, as a copy from a spreadsheet pastes them', () => {
    const {document} = convertSheetCsv('Year\tHeadline\tText\n2019\tSummit\tKim, Putin; talks')!;
    expect(document.events).to.deep.equal([{date: '2019', title: 'Summit', text: 'Kim, Putin; talks'}]);
  });

  it('counts separators outside quotes only, on the first line that is not blank', () => {
    const {document} = convertSheetCsv('\n"Note; read; this",x\nYear,Headline\n2019,Summit')!;
    expect(document.events).to.deep.equal([{date: '2019', title: 'Summit'}]);
  });

  it('finds the header below a note, naming rows as the spreadsheet does', () => {
    const {document, sources, warnings} = convertSheetCsv('PHOTO DESK: fill in the rows below,,\n\nYear,Headline,Text\n2004,Tsunami,\nsoon,Later,')!;
    expect(document.events!.map((event) => event.title)).to.deep.equal(['Tsunami']);
    expect(sources.map((at) => at())).to.deep.equal(['row 4']);
    expect(warnings).to.deep.equal(['row 5.Year: expected a year, found "soon"; event skipped (event "Later")']);
  });
});

describe('an editor fills template rows', () => {
  it('skips blank rows, including rows of empty cells and spaces', () => {
    const {document, warnings, sources} = convertSheetCsv(`${HEADER}\n\n${row({})}\n , ,\n${row({Year: '2019', Headline: 'Summit'})}`)!;
    expect(warnings).to.deep.equal([]);
    expect(document.events!.length).to.equal(1);
    expect(sources.map((at) => at())).to.deep.equal(['row 5']);
  });

  it('adds no time of day, End Time, Media Thumbnail or Background to the event', () => {
    const {document, warnings} = sheet({Year: '2019', Month: '4', Day: '25', Time: '10:30 PM', 'Media Thumbnail': 'https://img.example/t.jpg', Background: '#000', Headline: 'Summit'});
    expect(warnings).to.deep.equal([]);
    expect(document.events).to.deep.equal([{date: '2019-04-25', title: 'Summit'}]);
  });

  it('orders a day\'s rows by their Time, in 24-hour or AM/PM form, keeping the rows as sources', () => {
    const day = {Year: '2022', Month: '11', Day: '21'};
    const {document, sources} = sheet(
      {...day, Time: '6:45 PM', Headline: 'Evening'},
      {...day, Time: '16:10', Headline: 'Afternoon'},
      {...day, Time: '12:05:00 AM', Headline: 'Midnight'},
      {...day, Time: '12:30 pm', Headline: 'Noon'},
      {...day, Time: '09:15:00', Headline: 'Morning'},
    );
    expect(document.events!.map((event) => event.title)).to.deep.equal(['Midnight', 'Morning', 'Noon', 'Afternoon', 'Evening']);
    expect(sources.map((at) => at())).to.deep.equal(['row 4', 'row 6', 'row 5', 'row 3', 'row 2']);
  });

  it('reads Type in any case, and takes other types as events, as TimelineJS does', () => {
    const {document} = sheet({Headline: 'Title', Type: 'Title'}, {Year: '2019', Headline: 'Summit', Type: 'event'});
    expect(document.title).to.equal('Title');
    expect(document.events!.map((event) => event.title)).to.deep.equal(['Summit']);
  });

  it('keeps the title row\'s Text as the description, which the element does not show', () => {
    expect(sheet({Headline: 'Title', Text: '<p>Intro</p>', Type: 'title'}).document).to.deep.equal({title: 'Title', description: 'Intro', events: []});
  });

  it('ignores a second title row, with a warning', () => {
    const {document, warnings} = sheet({Headline: 'First', Text: 'Intro', Type: 'title'}, {Headline: 'Second', Type: 'title'});
    expect(document).to.deep.equal({title: 'First', description: 'Intro', events: []});
    expect(warnings).to.deep.equal(['row 3.Type: a second title row; ignored']);
  });

  it('lists its warnings in row order', () => {
    const {warnings} = sheet(
      {Year: 'soon', Headline: 'Later'},
      {Headline: 'Title', Type: 'title'},
      {Year: '1939', Headline: 'War', Type: 'era'},
      {Headline: 'Again', Type: 'title'},
      {Year: '2019', Month: '13', Headline: 'Bad month'},
    );
    expect(warnings).to.deep.equal([
      'row 2.Year: expected a year, found "soon"; event skipped (event "Later")',
      'row 4.End Year: missing; era ignored (era "War")',
      'row 5.Type: a second title row; ignored',
      'row 6.Month: expected a month number 1–12, found "13"; event skipped (event "Bad month")',
    ]);
  });

  it('explains a whole date in Year and a month that is not a month, and reads a year before 1 CE', () => {
    const {document, warnings} = sheet(
      {Year: '2011-10-20', Headline: 'ISO'},
      {Year: '20/10/2011', Headline: 'European'},
      {Year: '-44', Month: '3', Day: '15', Headline: 'Caesar'},
      {Year: '2012', Month: 'February', Day: '27', Headline: 'Month name'},
      {Year: '2012', Month: 'Febbraio', Headline: 'Italian'},
    );
    // TimelineJS's -44 is 44 BCE: -0043 as ISO 8601 numbers years.
    expect(document.events!.map((event) => event.date)).to.deep.equal(['-0043-03-15', '2012-02-27']);
    expect(warnings).to.deep.equal([
      'row 2.Year: a whole date, "2011-10-20": give the year, month and day separately; event skipped (event "ISO")',
      'row 3.Year: a whole date, "20/10/2011": give the year, month and day separately; event skipped (event "European")',
      'row 6.Month: expected a month number 1–12, found "Febbraio"; event skipped (event "Italian")',
    ]);
  });

  it('keeps linked words in Text and adds their web addresses as links', () => {
    const {document} = sheet({Year: '2019', Headline: 'Summit', Text: 'Read <a href="https://example.org/guide">our guide</a>.'});
    expect(document.events![0]).to.deep.include({text: 'Read our guide.', links: [{href: 'https://example.org/guide', label: 'our guide'}]});
  });

  it('warns about a row without a Year', () => {
    const {warnings} = sheet({Headline: 'Summit'});
    expect(warnings).to.deep.equal(['row 2.Year: missing; event skipped (event "Summit")']);
  });

  it('warns about an era row without an End Year', () => {
    const {warnings} = sheet({Year: '1939', Headline: 'War', Type: 'era'});
    expect(warnings).to.deep.equal(['row 2.End Year: missing; era ignored (era "War")']);
  });

  it('reads Group as a tag and a non-image Media as a link', () => {
    const {document} = sheet({Year: '2019', Headline: 'Summit', Group: 'Diplomacy', Media: 'https://www.youtube.com/watch?v=1'});
    expect(document.events![0]).to.deep.include({tags: ['Diplomacy'], links: [{href: 'https://www.youtube.com/watch?v=1', label: 'www.youtube.com'}]});
  });
});

describe('a hostile or broken CSV arrives', () => {
  it('reads an unclosed quote to the end, naming the row where it opens', () => {
    const {document, warnings} = convertSheetCsv(`Year,Headline,Text\n2019,First,ok\n2020,Second,"never closed\n2021,Third,lost`)!;
    expect(document.events!.map((event) => event.text)).to.deep.equal(['ok', 'never closed\n2021,Third,lost']);
    expect(warnings).to.deep.equal(['row 3: a quoted cell is never closed; read to the end of the file']);
  });

  it('reads rows of 1,000 columns', () => {
    const extra = Array.from({length: 998}, (_, i) => `Extra ${i}`);
    const {document, warnings} = convertSheetCsv(`Year,Headline,${extra}\n2019,Summit,${extra.map(() => 'x')}`)!;
    expect(warnings).to.deep.equal([]);
    expect(document.events).to.deep.equal([{date: '2019', title: 'Summit'}]);
  });

  it('takes __proto__ and constructor headers for unknown columns', () => {
    const {document} = convertSheetCsv('__proto__,constructor,Year,Headline,prototype\n{"polluted":1},x,2019,Summit,y')!;
    expect(document.events).to.deep.equal([{date: '2019', title: 'Summit'}]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads nothing from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.type = 'title';
    proto.start_date = {year: '1900'};
    let converted;
    try {
      converted = convertSheetCsv('Year,Headline\n2019,Summit')!;
    } finally {
      delete proto.type;
      delete proto.start_date;
    }
    expect(converted.document).to.deep.equal({events: [{date: '2019', title: 'Summit'}]});
  });
});
