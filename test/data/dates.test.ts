import {expect} from '@open-wc/testing';
import {
  compareDates,
  formatDate,
  parseCalendarDate,
  parseEventDate,
  type CalendarDate,
  type EventDate,
} from '../../src/data/dates.js';

/** Parses a date the test expects to be valid, failing with the parser's own words if not. */
function calendar(text: string): CalendarDate {
  const result = parseCalendarDate(text);
  if (typeof result === 'string') throw new Error(`expected ${text} to parse, got: ${result}`);
  return result;
}

function eventDate(text: string): EventDate {
  const result = parseEventDate(text);
  if (typeof result === 'string') throw new Error(`expected ${text} to parse, got: ${result}`);
  return result;
}

const accepts = (result: object | string) => typeof result !== 'string';

const arabic = (number: number) => new Intl.NumberFormat('ar').format(number);

const notIso = (text: string) =>
  `${JSON.stringify(text)} is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019)`;

describe('an editor writes a single date', () => {
  it('reads a year-precision date as a year, with no month or day', () => {
    expect(parseCalendarDate('2000')).to.deep.equal({year: 2000, precision: 'year', iso: '2000'});
  });

  it('reads a month-precision date as a month, never a day', () => {
    expect(parseCalendarDate('2000-07')).to.deep.equal({year: 2000, month: 7, precision: 'month', iso: '2000-07'});
  });

  it('reads a day-precision date as a day', () => {
    expect(parseCalendarDate('2019-04-25')).to.deep.equal({
      year: 2019,
      month: 4,
      day: 25,
      precision: 'day',
      iso: '2019-04-25',
    });
  });

  it('keeps the text as written for <time datetime>', () => {
    expect(calendar('0050').iso).to.equal('0050');
    expect(calendar('0050').year).to.equal(50);
  });

  it('gives a single date as an event date with a start and no end', () => {
    const result = eventDate('2019-04-25');
    expect(result.start).to.deep.equal(calendar('2019-04-25'));
    expect(result).to.not.have.property('end');
  });

  it('accepts the last day of each month and the first', () => {
    for (const text of ['2023-01-31', '2023-04-30', '2023-02-28', '2023-12-31', '2023-06-01']) {
      expect(parseCalendarDate(text), text).to.be.an('object');
    }
  });
});

describe('an editor writes an interval', () => {
  it('reads start and end of a day-precision interval', () => {
    const {start, end} = eventDate('2006-10-14/2017-12-22');
    expect(start).to.deep.equal({year: 2006, month: 10, day: 14, precision: 'day', iso: '2006-10-14'});
    expect(end).to.deep.equal({year: 2017, month: 12, day: 22, precision: 'day', iso: '2017-12-22'});
  });

  it('keeps each end of a mixed-precision interval at its own precision', () => {
    const {start, end} = eventDate('2000-07/2001');
    expect(start).to.deep.equal({year: 2000, month: 7, precision: 'month', iso: '2000-07'});
    expect(end).to.deep.equal({year: 2001, precision: 'year', iso: '2001'});
  });

  it('accepts an interval that starts and ends on the same day', () => {
    const {start, end} = eventDate('2024-06-18/2024-06-18');
    expect(compareDates(start, end!)).to.equal(0);
  });

  it('rejects an interval that ends before it starts, saying so', () => {
    expect(parseEventDate('2017-12-22/2006-10-14')).to.equal('"2017-12-22/2006-10-14" ends before it starts');
    expect(parseEventDate('2001/2000-07')).to.equal('"2001/2000-07" ends before it starts');
  });

  it('rejects more than one slash as not ISO 8601, naming the whole text', () => {
    expect(parseEventDate('a/b/c')).to.equal(notIso('a/b/c'));
    expect(parseEventDate('2000/2001/2002')).to.equal(notIso('2000/2001/2002'));
  });

  it('rejects an interval with a missing end or start, naming the whole text', () => {
    expect(parseEventDate('2019-04-25/')).to.equal(notIso('2019-04-25/'));
    expect(parseEventDate('/2019-04-25')).to.equal(notIso('/2019-04-25'));
  });

  it('rejects an interval whose end is not a date, naming the whole text', () => {
    expect(parseEventDate('2019/yesterday')).to.equal(notIso('2019/yesterday'));
  });
});

describe('an editor writes a date that is not ISO 8601', () => {
  it('explains a day-first date with the ISO forms it expected', () => {
    expect(parseCalendarDate('25/04/2019')).to.equal(
      '"25/04/2019" is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019)',
    );
  });

  it('explains a day-first event date as not ISO 8601, not as an interval with too many slashes', () => {
    // An editor who wrote 25/04/2019 meant one day; "expected start/end" would mislead them.
    expect(parseEventDate('25/04/2019')).to.equal(
      '"25/04/2019" is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019)',
    );
  });

  for (const text of ['2020-13-45', '2020-13', '2020-00', '2020-01-00', '2020-01-32', 'yesterday', '-0000', '-500', '-00500', '+0500', '12345', '19', '2019-4-25', '2019-04-25T10:00', '']) {
    it(`rejects ${JSON.stringify(text)} with the ISO 8601 message`, () => {
      expect(parseCalendarDate(text)).to.equal(notIso(text));
      expect(parseEventDate(text)).to.equal(notIso(text));
    });
  }
});

describe('an editor writes a day that does not exist', () => {
  it('rejects 29 February in a common year, saying how many days the month has', () => {
    expect(parseCalendarDate('2023-02-29')).to.equal('"2023-02-29" is not a real day (that month has 28 days)');
    expect(parseEventDate('2023-02-29')).to.equal('"2023-02-29" is not a real day (that month has 28 days)');
  });

  it('accepts 29 February in a leap year', () => {
    expect(calendar('2024-02-29')).to.include({year: 2024, month: 2, day: 29});
  });

  it('rejects 29 February 1900 (a century that is not a leap year)', () => {
    expect(parseCalendarDate('1900-02-29')).to.equal('"1900-02-29" is not a real day (that month has 28 days)');
  });

  it('accepts 29 February 2000 (a century that is a leap year)', () => {
    expect(calendar('2000-02-29')).to.include({year: 2000, month: 2, day: 29});
  });

  it('rejects 31 April, a 30-day month', () => {
    expect(parseCalendarDate('2023-04-31')).to.equal('"2023-04-31" is not a real day (that month has 30 days)');
  });

  it('rejects an impossible day at either end of an interval', () => {
    expect(parseEventDate('2023-02-30/2024')).to.equal('"2023-02-30" is not a real day (that month has 28 days)');
    expect(parseEventDate('2020/2023-02-30')).to.equal('"2023-02-30" is not a real day (that month has 28 days)');
  });
});

describe('a timeline orders dates', () => {
  it('orders by year, then month, then day', () => {
    expect(compareDates(calendar('2019'), calendar('2020'))).to.be.lessThan(0);
    expect(compareDates(calendar('2020-03'), calendar('2020-02'))).to.be.greaterThan(0);
    expect(compareDates(calendar('2020-02-03'), calendar('2020-02-10'))).to.be.lessThan(0);
    expect(compareDates(calendar('2020-02-10'), calendar('2020-02-10'))).to.equal(0);
  });

  it('sorts a month-precision date with the 1st of that month', () => {
    expect(compareDates(calendar('2020-02'), calendar('2020-02-01'))).to.equal(0);
    expect(compareDates(calendar('2020-02'), calendar('2020-02-02'))).to.be.lessThan(0);
    expect(compareDates(calendar('2020-02'), calendar('2020-01-31'))).to.be.greaterThan(0);
  });

  it('sorts a year-precision date with 1 January of that year', () => {
    expect(compareDates(calendar('2020'), calendar('2020-01-01'))).to.equal(0);
    expect(compareDates(calendar('2020'), calendar('2020-01'))).to.equal(0);
    expect(compareDates(calendar('2020'), calendar('2019-12-31'))).to.be.greaterThan(0);
  });

  it('sorts a mixed list oldest first', () => {
    const texts = ['2020-02-15', '2019', '2020', '2020-02', '0050', '2019-12-31', '2020-01-15'];
    const sorted = texts.map(calendar).sort(compareDates).map((date) => date.iso);
    // Array sort is stable: 2019 = 2019-01-01 and 2020 = 2020-01-01 keep their input order among equals.
    expect(sorted).to.deep.equal(['0050', '2019', '2019-12-31', '2020', '2020-01-15', '2020-02', '2020-02-15']);
  });
});

describe('an editor writes a date before the common era', () => {
  // Our format numbers years as ISO 8601 does (astronomically): 0000 is 1 BC, -0499 is 500 BC.
  it('reads -0499 as 500 BC and 0000 as 1 BC, at any precision', () => {
    expect(parseCalendarDate('-0499')).to.deep.equal({year: -499, precision: 'year', iso: '-0499'});
    expect(parseCalendarDate('0000')).to.deep.equal({year: 0, precision: 'year', iso: '0000'});
    expect(parseCalendarDate('-0043-03-15')).to.deep.equal({year: -43, month: 3, day: 15, precision: 'day', iso: '-0043-03-15'});
  });

  it('knows the leap years before the common era: 1 BC (0000) and 5 BC (-0004) were leap years', () => {
    expect(accepts(parseCalendarDate('0000-02-29'))).to.equal(true);
    expect(accepts(parseCalendarDate('-0004-02-29'))).to.equal(true);
    expect(parseCalendarDate('-0001-02-29')).to.equal('"-0001-02-29" is not a real day (that month has 28 days)');
  });

  it('reads an interval that crosses 1 CE, and refuses one that runs backwards across it', () => {
    expect(eventDate('-0043/0014').end!.year).to.equal(14);
    expect(parseEventDate('0014/-0043')).to.equal('"0014/-0043" ends before it starts');
  });

  it('sorts across the eras, the oldest first', () => {
    const sorted = ['0001', '-0043-03-15', '0000', '-0499', '-0043', '2019'].map(calendar).sort(compareDates).map((date) => date.iso);
    expect(sorted).to.deep.equal(['-0499', '-0043', '-0043-03-15', '0000', '0001', '2019']);
  });

  it('writes it with the language’s own era: en, id, ar, ja', () => {
    const bc500 = calendar('-0499');
    // Arabic digits are the engine's: WebKit writes ٥٠٠, the others 500.
    expect(['en', 'id', 'ar', 'ja'].map((language) => formatDate(bc500, language))).to.deep.equal(['500 BC', '500 SM', `${arabic(500)} ق.م`, '紀元前500年']);
    expect(formatDate(calendar('0000'), 'en')).to.equal('1 BC');
    expect(formatDate(calendar('-0043-03-15'), 'en')).to.equal('March 15, 44 BC');
  });

  it('writes the era of a common-era date only when asked, for an interval that crosses 1 CE', () => {
    expect(formatDate(calendar('0014'), 'en')).to.equal('14');
    expect(formatDate(calendar('0014'), 'en', true)).to.equal('14 AD');
    expect(formatDate(calendar('0014'), 'ja', true)).to.equal('西暦14年');
  });
});

describe('an editor writes deep time, beyond what a JavaScript Date holds', () => {
  it('reads a year alone of five digits or more, and no month or day with it', () => {
    expect(parseCalendarDate('-13800000000')).to.deep.equal({year: -13800000000, precision: 'year', iso: '-13800000000'});
    expect(parseCalendarDate('-13800000000-01')).to.equal(notIso('-13800000000-01'));
    expect(parseCalendarDate('-013800')).to.equal(notIso('-013800'));
  });

  it('writes so many years ago in the language, to the digits the data gives: en, id, ar, ja', () => {
    const bigBang = calendar('-13800000000');
    expect(['en', 'id', 'ar', 'ja'].map((language) => formatDate(bigBang, language).replace(/[\u200e\u200f\u061c]/g, ''))).to.deep.equal([
      '13.8 billion years ago',
      '13,8 miliar tahun yang lalu',
      `قبل ${arabic(13.8)} مليار سنة`,
      '138億 年前',
    ]);
    expect(formatDate(calendar('-13799630000'), 'en')).to.equal('13.79963 billion years ago');
    expect(formatDate(calendar('-315000'), 'en')).to.equal('315 thousand years ago');
    expect(formatDate(calendar('-4600000000'), 'en')).to.equal('4.6 billion years ago');
  });

  it('sorts deep time before every date a Date holds', () => {
    const sorted = ['-3500', '-4600000000', '2019', '-13800000000', '-315000'].map(calendar).sort(compareDates).map((date) => date.iso);
    expect(sorted).to.deep.equal(['-13800000000', '-4600000000', '-315000', '-3500', '2019']);
  });
});

describe('a reader sees a date in their language', () => {
  it('writes a month-precision date as month and year in Indonesian', () => {
    expect(formatDate(calendar('2000-07'), 'id')).to.equal('Juli 2000');
  });

  it('writes a day-precision date as day, month and year in Indonesian', () => {
    expect(formatDate(calendar('2019-04-25'), 'id')).to.equal('25 April 2019');
    expect(formatDate(calendar('2006-10-14'), 'id')).to.equal('14 Oktober 2006');
  });

  it('writes a day-precision date the American way in English', () => {
    expect(formatDate(calendar('2019-04-25'), 'en')).to.equal('April 25, 2019');
  });

  it('writes a month-precision date without a day in English', () => {
    expect(formatDate(calendar('2000-07'), 'en')).to.equal('July 2000');
  });

  it('writes a year-precision date as the year alone', () => {
    expect(formatDate(calendar('2000'), 'id')).to.equal('2000');
    expect(formatDate(calendar('2000'), 'en')).to.equal('2000');
  });

  it('never shifts a day-precision date by a day in a time zone west of UTC', () => {
    // The runner pins America/Los_Angeles; without it this test would not exercise the hazard.
    expect(new Date(2024, 0, 1).getTimezoneOffset()).to.be.greaterThan(0);
    expect(formatDate(calendar('2024-01-01'), 'id')).to.equal('1 Januari 2024');
    expect(formatDate(calendar('2024-01-01'), 'en')).to.equal('January 1, 2024');
    expect(formatDate(calendar('2023-12-31'), 'en')).to.equal('December 31, 2023');
    expect(formatDate(calendar('2024-03'), 'en')).to.equal('March 2024');
    expect(formatDate(calendar('2024'), 'en')).to.equal('2024');
  });

  it('writes years below 100 as they are, not as 19xx', () => {
    expect(formatDate(calendar('0050'), 'en')).to.equal('50');
    expect(formatDate(calendar('0050-03'), 'en')).to.equal('March 50');
    expect(formatDate(calendar('0050-03-01'), 'en')).to.equal('March 1, 50');
    expect(formatDate(calendar('0050-03-01'), 'id')).to.equal('1 Maret 50');
  });

  it('writes the Arabic month name for July in Arabic', () => {
    expect(formatDate(calendar('2000-07'), 'ar')).to.include('يوليو');
    expect(formatDate(calendar('2000-07-14'), 'ar')).to.include('يوليو');
  });

  it('keeps locales apart when the same precision is formatted in several languages', () => {
    const july = calendar('2000-07');
    expect(formatDate(july, 'id')).to.equal('Juli 2000');
    expect(formatDate(july, 'en')).to.equal('July 2000');
    expect(formatDate(july, 'id')).to.equal('Juli 2000');
  });
});
