import {expect} from '@open-wc/testing';
import {readCsv, separatorOf} from '../../src/formats/csv.js';
import {expectLinearGrowth} from '../growth.js';

describe('a spreadsheet exports CSV', () => {
  it('reads cells separated by commas, one record a line', () => {
    expect(readCsv('a,b,c\n1,2,3')).to.deep.equal({records: [['a', 'b', 'c'], ['1', '2', '3']]});
  });

  it('reads commas, line breaks and doubled quotes inside quoted cells', () => {
    const {records} = readCsv('"Talks, then a deal","He said ""yes""\nand left"\n');
    expect(records).to.deep.equal([['Talks, then a deal', 'He said "yes"\nand left']]);
  });

  it('reads CRLF, LF and a lone CR as the end of a record, and keeps CRLF inside quotes', () => {
    expect(readCsv('a\r\nb\nc\rd').records).to.deep.equal([['a'], ['b'], ['c'], ['d']]);
    expect(readCsv('"x\r\ny"').records).to.deep.equal([['x\r\ny']]);
  });

  it('ignores a UTF-8 byte order mark at the start', () => {
    expect(readCsv('\ufeffYear,Headline\n').records).to.deep.equal([['Year', 'Headline']]);
  });

  it('ignores a final line break but keeps a final empty cell', () => {
    expect(readCsv('a,b\r\n').records).to.deep.equal([['a', 'b']]);
    expect(readCsv('a,\n').records).to.deep.equal([['a', '']]);
  });

  it('keeps blank lines as records, so record i is spreadsheet row i + 1', () => {
    expect(readCsv('h\n\n,,\nx\n').records).to.deep.equal([['h'], [''], ['', '', ''], ['x']]);
  });

  it('counts a quoted cell over many lines as one record', () => {
    const {records} = readCsv('h\n"one\ntwo\n\nthree"\nnext');
    expect(records.length).to.equal(3);
    expect(records[2]).to.deep.equal(['next']);
  });

  it('reads an empty quoted cell and quotes only at the start of a cell', () => {
    expect(readCsv('"",5" tall,x"y"').records).to.deep.equal([['', '5" tall', 'x"y"']]);
  });

  it('keeps what a sloppy writer put after a closing quote', () => {
    expect(readCsv('"quoted" tail,b').records).to.deep.equal([['quoted tail', 'b']]);
  });

  it('reads empty text as no records', () => {
    expect(readCsv('')).to.deep.equal({records: []});
    expect(readCsv('\ufeff')).to.deep.equal({records: []});
  });
});

describe('a spreadsheet exports CSV with another separator', () => {
  it('reads semicolons and tabs as the separator it is given', () => {
    expect(readCsv('a;"b;c";d\n1;2,5;3', ';').records).to.deep.equal([['a', 'b;c', 'd'], ['1', '2,5', '3']]);
    expect(readCsv('a\t"b\tc"\n1\t2', '\t').records).to.deep.equal([['a', 'b\tc'], ['1', '2']]);
  });

  it('takes the separator the first line that is not blank has most of, outside quotes', () => {
    expect(separatorOf('Year,Headline\n2019;x;y;z')).to.equal(',');
    expect(separatorOf('\r\n  \nYear;Month;Headline\n2019,5,x')).to.equal(';');
    expect(separatorOf('Year\tHeadline,Text\tMedia')).to.equal('\t');
    expect(separatorOf('"a;b;c;d",e\n')).to.equal(',');
    expect(separatorOf('"a\nb;c;d";e,f;g')).to.equal(';');
  });

  it('takes a comma when the line has no separator, or as many of two', () => {
    expect(separatorOf('')).to.equal(',');
    expect(separatorOf('Year')).to.equal(',');
    expect(separatorOf('a,b;c')).to.equal(',');
  });

  it('finds the separator of a long blank first line in linear time', async () => {
    const separatorAfterBlanks = (size: number) => separatorOf(' '.repeat(size) + '\n' + 'x\t'.repeat(10));
    expect(separatorAfterBlanks(1000)).to.equal('\t');
    await expectLinearGrowth(separatorAfterBlanks, {size: 1000, label: 'a blank first line'});
  });
});

describe('a spreadsheet exports broken CSV', () => {
  it('reads a quote never closed to the end and names its record', () => {
    const table = readCsv('h1,h2\na,b\nc,"never closed,\nd,e\n');
    expect(table.unclosed).to.equal(2);
    expect(table.records).to.deep.equal([['h1', 'h2'], ['a', 'b'], ['c', 'never closed,\nd,e\n']]);
  });

  it('reads a row of 1,000 columns', () => {
    const row = Array.from({length: 1000}, (_, i) => (i % 2 ? `"c,${i}"` : `c${i}`)).join(',');
    const {records} = readCsv(`${row}\n${row}`);
    expect(records.length).to.equal(2);
    expect(records[1].length).to.equal(1000);
    expect(records[1][999]).to.equal('c,999');
  });

  it('reads a quoted cell of nearly a million characters', () => {
    const {records} = readCsv(`"${'x""'.repeat(300_000)}"`);
    expect(records[0][0].length).to.equal(600_000);
  });
});
