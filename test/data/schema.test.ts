import {expect} from '@open-wc/testing';
import {parseCalendarDate, parseEventDate} from '../../src/data/dates.js';
import {parseTimeline as parseToObjects} from '../../src/data/parse-timeline.js';
import {worded} from './worded.js';

// Keeps data/timeline.schema.json (what editors validate against) and the parser (what readers
// see) in step. The parser may be stricter than the schema only where a pattern cannot say it.

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const parseTimeline = (json: unknown, base: string) => worded(parseToObjects(json, base));
const BASE = 'https://news.example/data/timeline.json';
let schema: Schema;

before(async () => {
  const response = await fetch('/data/timeline.schema.json');
  if (!response.ok) throw new Error(`schema: HTTP ${response.status}`);
  schema = await response.json();
});

const pattern = (definition: Schema) => new RegExp(definition.pattern as string, 'u');
const accepts = (result: object | string) => typeof result !== 'string';

/** A complete event with every optional field, all valid. */
const fullEvent = (): Record<string, unknown> => ({
  date: '2019-04-25',
  title: 'Summit',
  text: 'One.\n\nTwo.',
  displayDate: 'Spring 2019',
  id: 'summit',
  tags: ['diplomacy'],
  label: 'Day 1',
  section: 'Talks',
  media: {src: 'img/a.jpg', alt: 'Two leaders', caption: 'In Vladivostok', credit: 'AP'},
  links: [{href: 'https://un.example/', label: 'UN'}],
});

const DATES = [
  // valid
  '2019',
  '2019-04',
  '2019-04-25',
  '0050',
  '2000-02-29',
  '2024-02-29',
  '2006-10-14/2017-12-22',
  '2000-07/2001',
  '2019/2019',
  '-0499',
  '0000',
  '-0043-03-15',
  '-0043/0014',
  '-13800000000',
  '-13800000000/-4600000000',
  // not ISO 8601 at all
  '25/04/2019',
  '2020-13-45',
  '2020-13',
  '2020-00',
  '2019-4-25',
  '19',
  '12345',
  '-0000',
  '-13800000000-01',
  '-012345',
  '-500',
  '+0500',
  'yesterday',
  '',
  '2019-04-25T10:00',
  '2019-04-25/',
  '/2019',
  'a/b/c',
  ' 2019-04-25',
  '2019-04-25\n',
  // well-formed but impossible days
  '2023-02-29',
  '2023-02-30',
  '1900-02-29',
  '2023-04-31',
  '2020/2023-02-30',
  // reversed intervals
  '2017-12-22/2006-10-14',
  '2001/2000-07',
];
/** Where the parser is allowed to be stricter than the schema's pattern. */
const IMPOSSIBLE_DAYS = ['2023-02-29', '2023-02-30', '1900-02-29', '2023-04-31', '2020/2023-02-30'];
const REVERSED = ['2017-12-22/2006-10-14', '2001/2000-07'];

describe('the schema and the parser agree on dates', () => {
  it('matches every date the parser accepts (so the parser rejects whatever the schema rejects)', () => {
    const eventDate = pattern(schema.$defs.eventDate);
    const looser = DATES.filter((text) => accepts(parseEventDate(text)) && !eventDate.test(text));
    expect(looser, 'accepted by the parser, rejected by $defs.eventDate').to.deep.equal([]);
  });

  it('accepts in the parser the valid dates of the list, so the comparison is not vacuous', () => {
    const accepted = DATES.filter((text) => accepts(parseEventDate(text))).filter((text) => text.trim() === text);
    expect(accepted).to.deep.equal([
      '2019', '2019-04', '2019-04-25', '0050', '2000-02-29', '2024-02-29', '2006-10-14/2017-12-22', '2000-07/2001', '2019/2019',
      '-0499', '0000', '-0043-03-15', '-0043/0014', '-13800000000', '-13800000000/-4600000000',
    ]);
  });

  it('is stricter in the parser exactly for impossible days and reversed intervals', () => {
    const eventDate = pattern(schema.$defs.eventDate);
    const stricter = DATES.filter((text) => eventDate.test(text) && !accepts(parseEventDate(text)));
    expect(stricter).to.deep.equal([...IMPOSSIBLE_DAYS, ...REVERSED]);
  });

  it('matches single dates with $defs.isoDate exactly as parseCalendarDate does, impossible days aside', () => {
    const isoDate = pattern(schema.$defs.isoDate);
    const singles = DATES.filter((text) => !text.includes('/'));
    const differences = singles.filter((text) => isoDate.test(text) !== accepts(parseCalendarDate(text)));
    expect(differences).to.deep.equal(IMPOSSIBLE_DAYS.filter((text) => !text.includes('/')));
  });

  it('builds eventDate from isoDate (start, optionally /end)', () => {
    const iso = (schema.$defs.isoDate.pattern as string).replace(/^\^|\$$/g, '');
    const expected = `^${iso}(/${iso})?$`;
    expect(schema.$defs.eventDate.pattern).to.equal(expected);
  });

  it('reads an event with each date form the same way as parseEventDate', () => {
    for (const text of DATES) {
      const {timeline} = parseTimeline([{date: text, title: 'T'}], BASE);
      expect(timeline.events.length, JSON.stringify(text)).to.equal(accepts(parseEventDate(text)) ? 1 : 0);
    }
  });
});

describe('the schema and the parser agree on what an event needs', () => {
  it('requires exactly the date in the schema', () => {
    expect([...schema.$defs.event.required]).to.deep.equal(['date']);
  });

  it('keeps the full example event without warnings', () => {
    const {timeline, warnings} = parseTimeline([fullEvent()], BASE);
    expect(warnings).to.deep.equal([]);
    expect(timeline.events).to.have.length(1);
  });

  it('skips an event exactly when a field the schema requires is dropped', () => {
    const properties = Object.keys(schema.$defs.event.properties);
    expect(properties).to.include.members(['date', 'title', 'text', 'id', 'tags', 'media', 'links', 'displayDate', 'label', 'section']);
    const requiredByParser = properties.filter((key) => {
      const event = fullEvent();
      delete event[key];
      const {timeline, warnings} = parseTimeline([event], BASE);
      if (timeline.events.length === 0) {
        expect(warnings.join('\n'), key).to.include(`events[0].${key}`);
        return true;
      }
      return false;
    });
    expect(requiredByParser.sort()).to.deep.equal([...schema.$defs.event.required].sort());
  });

  it('reads every event property the schema names', () => {
    for (const key of Object.keys(schema.$defs.event.properties)) {
      const {timeline, warnings} = parseTimeline([{...fullEvent(), [key]: 12345}], BASE);
      if (schema.$defs.event.required.includes(key)) {
        expect(timeline.events, key).to.have.length(0);
      } else {
        expect(timeline.events, key).to.have.length(1);
      }
      expect(warnings.some((warning) => warning.startsWith(`events[0].${key}`)), `a warning about ${key}: ${warnings}`).to.equal(true);
    }
  });

  it('reads every media property the schema names', () => {
    for (const key of Object.keys(schema.$defs.media.properties)) {
      const media = {...(fullEvent().media as object), [key]: 12345};
      const {warnings} = parseTimeline([{...fullEvent(), media}], BASE);
      expect(warnings.some((warning) => warning.startsWith(`events[0].media.${key}`)), `a warning about media.${key}: ${warnings}`).to.equal(true);
    }
  });

  it('reads every link property the schema names', () => {
    for (const key of Object.keys(schema.$defs.link.properties)) {
      const link = {href: 'https://un.example/', label: 'UN', [key]: 12345};
      const {warnings} = parseTimeline([{...fullEvent(), links: [link]}], BASE);
      expect(warnings.some((warning) => warning.startsWith(`events[0].links[0].${key}`)), `a warning about links[0].${key}: ${warnings}`).to.equal(true);
    }
  });

  it('asks for alt with a src but keeps an image without it, in both', () => {
    expect(schema.$defs.media.dependentRequired).to.equal(undefined);
    expect(schema.$defs.media.properties.alt.description).to.match(/give it whenever src is given/);
    const {timeline, warnings} = parseTimeline([{...fullEvent(), media: {src: 'img/a.jpg'}}], BASE);
    expect(timeline.events[0].media).to.include({src: `${new URL('img/a.jpg', BASE)}`, alt: ''});
    expect(warnings.some((warning) => warning.startsWith('events[0].media.alt: missing;'))).to.equal(true);
  });

  it('accepts exactly the ids the schema’s id pattern accepts', () => {
    const idPattern = pattern(schema.$defs.event.properties.id);
    const ids = ['summit', 'Summit-2019', 'a_b', '1', '-a', '_a', 'a b', 'a.b', 'é', 'peristiwa-ü', 'حدث', 'a/b'];
    const differences = ids.filter((id) => {
      const {timeline} = parseTimeline([{date: '2020', title: 'T', id}], BASE);
      return idPattern.test(id) !== (timeline.events[0].id === id);
    });
    expect(differences).to.deep.equal([]);
  });
});

describe('the schema and the parser agree on the document', () => {
  it('reads every top-level property the schema names, except the metadata it leaves to tools', () => {
    const top = schema.oneOf.find((branch: Schema) => branch.type === 'object');
    const metadata = ['$schema', 'description', 'source'];
    for (const key of Object.keys(top.properties)) {
      if (key === 'events' || metadata.includes(key)) continue;
      const {warnings} = parseTimeline({events: [], [key]: 12345}, BASE);
      expect(warnings.some((warning) => warning.includes(key)), `a warning about ${key}: ${warnings}`).to.equal(true);
    }
    expect(Object.keys(top.properties).filter((key) => metadata.includes(key)).sort()).to.deep.equal(metadata.slice().sort());
    expect(top.properties.source.description ?? schema.$defs.source.description).to.match(/not show/);
  });

  it('requires events in the object form and accepts a bare array, in both', () => {
    const [object, array] = schema.oneOf;
    expect(object.type).to.equal('object');
    expect(object.required).to.deep.equal(['events']);
    expect(array.type).to.equal('array');
    expect(() => parseTimeline({}, BASE)).to.throw(/^Not a timeline/);
    expect(parseTimeline([], BASE).timeline.events).to.deep.equal([]);
  });

  it('allows additional properties everywhere, as the parser ignores unknown fields', () => {
    const closed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && value === false) closed.push(`${path}/${key}`);
        walk(value, `${path}/${key}`);
      }
    };
    walk(schema, '#');
    expect(closed).to.deep.equal([]);
    // The walk must have seen the schema's definitions, or it proves nothing.
    expect(Object.keys(schema.$defs)).to.include.members(['event', 'media', 'link', 'source', 'isoDate', 'eventDate']);
    const {warnings} = parseTimeline({events: [{...fullEvent(), extra: 1}], extra: 1}, BASE);
    expect(warnings).to.deep.equal([]);
  });
});
