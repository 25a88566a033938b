import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseCalendarDate, parseEventDate} from '../../src/data/dates.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {readSheetCsv, readTimelineJs} from '../../src/formats/read-timeline.js';
import {htmlLinks, htmlToLine, htmlToText} from '../../src/formats/html-text.js';
import {TimelineError} from '../../src/timeline-error.js';
import {expectLinearGrowth} from '../growth.js';

// Random and structure-aware input for every reader (our JSON, TimelineJS 3 and 2, Sheets CSV,
// dates, HTML text): nothing comes out but a timeline with warnings, or a TimelineError. Seeded,
// so that a failure is the same failure on every machine and every run; an input found to break
// a reader is kept in test/fixtures/fuzz/.
const SEED = 20261202;
const RUNS = 400;
const BASE = 'https://news.example/data/timeline.json';

/** Runs `read`: any exception but a TimelineError fails, naming the input. */
function readsOrRefuses(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
  }
}

/** Holds for a reader's result: warnings are objects with a sentence and, if given, a place. */
function expectWarnings({warnings}: {warnings: unknown[]}) {
  for (const warning of warnings) {
    const {at, message} = warning as {at?: unknown; message: unknown};
    expect(typeof message).to.equal('string');
    expect(at === undefined || typeof at === 'string').to.equal(true);
  }
}

const check = <T>(property: fc.IProperty<T>) => fc.assert(property, {seed: SEED, numRuns: RUNS});

// Values of every JSON type, and the texts editors get wrong: dates in other orders, markup,
// addresses of other schemes, whitespace, very long text.
const oddText = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '2019', '2019-02-29', '2020-02-29', '0000', '25/04/2019', '2019/2018', '2019-13', 'javascript:alert(1)', '//x', '<b>x</b>', '\u0000', '\ufeff', 'a\n\nb'),
  fc.string({unit: fc.constantFrom('<', '>', '&', '/', 'a', '"', "'", '=', ' ', '\n', '-', '1', ';', '#')}),
);
const anyValue = fc.oneof({depthSize: 'small'}, fc.jsonValue(), oddText, fc.constant(undefined));
const field = <T>(value: fc.Arbitrary<T>) => fc.oneof(value, anyValue);

/** Events in our format, each field of the right type or of any other. */
const ourEvent = fc.record(
  {
    id: field(fc.stringMatching(/^[a-z0-9-]{1,6}$/)),
    date: field(fc.oneof(fc.constantFrom('2019', '2019-04', '2019-04-25', '2019/2020', '2020-02-30'), oddText)),
    title: field(oddText),
    text: field(oddText),
    label: field(oddText),
    section: field(fc.constantFrom('A', 'B')),
    displayDate: field(oddText),
    tags: field(fc.array(field(oddText), {maxLength: 4})),
    links: field(fc.array(field(fc.record({href: field(oddText), label: field(oddText)}, {requiredKeys: []})), {maxLength: 3})),
    media: field(fc.record({src: field(oddText), alt: field(oddText), caption: field(oddText), credit: field(oddText)}, {requiredKeys: []})),
  },
  {requiredKeys: []},
);
const ourTimeline = fc.oneof(
  fc.array(field(ourEvent), {maxLength: 6}),
  fc.record({title: field(oddText), lang: field(fc.constantFrom('en', 'id', 'ar-EG', 'x y')), events: field(fc.array(field(ourEvent), {maxLength: 6}))}, {requiredKeys: []}),
);

/** TimelineJS 3 slides: dates as objects of parts, text and media as objects, each of any type too. */
const datePart = field(fc.oneof(fc.integer({min: -10, max: 3000}), fc.constantFrom('1999', '1,999', ' 7', 'Feb', 'Sept.', '12', '31', '2019-04-25')));
const tljsDate = field(fc.record({year: datePart, month: datePart, day: datePart, hour: datePart, display_date: field(oddText)}, {requiredKeys: []}));
const slide = fc.record(
  {
    start_date: tljsDate,
    end_date: tljsDate,
    text: field(fc.record({headline: field(oddText), text: field(oddText)}, {requiredKeys: []})),
    media: field(fc.record({url: field(oddText), caption: field(oddText), credit: field(oddText), alt: field(oddText)}, {requiredKeys: []})),
    unique_id: field(fc.constantFrom('a', 'b', 'a b')),
    group: field(oddText),
    display_date: field(oddText),
  },
  {requiredKeys: []},
);
const tljsFile = fc.record(
  {events: fc.array(field(slide), {maxLength: 6}), eras: field(fc.array(field(slide), {maxLength: 3})), title: field(slide)},
  {requiredKeys: ['events']},
);

/** TimelineJS 2 files, and the early TimelineJS 3 form with `slides`: dates as "YYYY,MM,DD", assets. */
const tljs2Date = field(fc.oneof(fc.constantFrom('1932', '1932,2', '1932,2,27', '1932,2,27,14,30', '-500', '0', '1932,13,40', ',,', ' 1932 , 2 '), oddText));
const tljs2Entry = fc.record(
  {
    startDate: tljs2Date,
    endDate: tljs2Date,
    headline: field(oddText),
    text: field(oddText),
    tag: field(oddText),
    asset: field(fc.record({media: field(oddText), credit: field(oddText), caption: field(oddText), thumbnail: field(oddText)}, {requiredKeys: []})),
  },
  {requiredKeys: []},
);
const tljs2File = fc.oneof(
  fc.record({timeline: fc.record({headline: field(oddText), text: field(oddText), type: field(oddText), date: field(fc.array(field(tljs2Entry), {maxLength: 6})), era: field(fc.array(field(tljs2Entry), {maxLength: 3}))}, {requiredKeys: ['date']})}),
  fc.record({title: field(slide), slides: fc.array(field(slide), {maxLength: 6})}),
);

/** CSV of the Sheets template: cells with separators, quotes and line breaks, quoted or not, well or badly. */
const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,Display Date,Headline,Text,Media,Media Credit,Media Caption,Alt Text,Type,Group';
const cell = fc.oneof(oddText, fc.constantFrom('era', 'title', 'Era', '2019', '4', '25', '14:30', '2:30 PM'));
const quoted = cell.chain((text) => fc.constantFrom(text, `"${text.replace(/"/g, '""')}"`, `"${text}`, `${text}"`));
const sheet = fc
  .tuple(fc.constantFrom(',', ';', '\t'), fc.array(fc.array(quoted, {maxLength: 17}), {maxLength: 6}), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([separator, rows, newline, note]) =>
    [...(note ? ['NOTE: fill in below'] : []), HEADER.replace(/,/g, separator), ...rows.map((cells) => cells.join(separator))].join(newline),
  );

describe('every reader takes any input without an exception but a TimelineError', () => {
  it('reads any JSON value, and timelines with fields of every type, as our format', () => {
    check(fc.property(fc.oneof(fc.jsonValue(), ourTimeline), (json) => readsOrRefuses(() => expectWarnings(parseTimeline(json, BASE)))));
  });

  it('reads TimelineJS 3 files with fields of every type', () => {
    check(fc.property(tljsFile, (json) => readsOrRefuses(() => expectWarnings(readTimelineJs(json, BASE)))));
  });

  it('reads TimelineJS 2 files and early TimelineJS 3 files with "slides", with fields of every type', () => {
    check(fc.property(tljs2File, (json) => readsOrRefuses(() => expectWarnings(readTimelineJs(json, BASE)))));
  });

  it('reads CSV of the Sheets template with random cells and quoting, and any text at all', () => {
    check(fc.property(fc.oneof(sheet, fc.string()), (text) =>
      readsOrRefuses(() => {
        // Text that is not a table at all is no timeline: undefined, for the JSON error to stand.
        const read = readSheetCsv(text, 'sheet.csv', BASE);
        if (read) expectWarnings(read);
      }),
    ));
  });

  it('parses any text as a date or says why not', () => {
    const dateLike = fc.oneof(oddText, fc.stringMatching(/^\d{1,5}(-\d{1,3}){0,2}(\/\d{1,5}(-\d{1,3}){0,2})?$/));
    check(
      fc.property(dateLike, (text) => {
        for (const parsed of [parseCalendarDate(text), parseEventDate(text)]) expect(typeof parsed === 'string' || typeof parsed === 'object').to.equal(true);
      }),
    );
  });

  it('reduces any HTML to text, a line and links', () => {
    const html = fc.oneof(oddText, fc.array(fc.constantFrom('<a href="https://x.example/">', '</a>', '<p>', '<br>', '&amp;', '&#x41;', '&bogus;', '<script>', '<!--', '-->', 'text', '"', '<b'), {maxLength: 30}).map((parts) => parts.join('')));
    check(
      fc.property(html, (text) => {
        expect(htmlToText(text)).to.be.a('string');
        expect(htmlToLine(text)).to.not.include('\n');
        for (const [href, words] of htmlLinks(text)) expect([typeof href, typeof words]).to.deep.equal(['string', 'string']);
      }),
    );
  });
});

describe('every reader costs no more than its size', () => {
  /**
   * `size` items from the same seeded sample of 200, repeated: 4× the size is 4× the same mix,
   * and repeated dates, ids and titles are what quadratic code trips on.
   */
  const repeated = <T>(arbitrary: fc.Arbitrary<T>) => {
    const items = fc.sample(arbitrary, {seed: SEED, numRuns: 200});
    return (size: number) => Array.from({length: size}, (_, index) => items[index % items.length]);
  };

  it('reads generated timelines of our format in linear time', async () => {
    const events = repeated(ourEvent);
    await expectLinearGrowth((size) => parseTimeline(events(size), BASE), {size: 400, label: 'generated events'});
  });

  it('reads generated TimelineJS files in linear time', async () => {
    const slides = repeated(slide);
    await expectLinearGrowth((size) => readTimelineJs({events: slides(size), eras: slides(size / 4)}, BASE), {size: 400, label: 'generated slides'});
  });

  it('reads generated sheets in linear time', async () => {
    // Every quote closed: a quote left open would make the rest of the file one cell, whatever its size.
    const rows = repeated(fc.array(cell.map((text) => `"${text.replace(/"/g, '""')}"`), {maxLength: 17}).map((cells) => cells.join(',')));
    await expectLinearGrowth((size) => readSheetCsv([HEADER, ...rows(size)].join('\n'), 'sheet.csv', BASE), {size: 400, label: 'generated rows'});
  });
});
