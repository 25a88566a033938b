export interface CsvTable {
  /** Every record, blank ones too, so that record `i` is spreadsheet row `i + 1`. */
  records: string[][];
  /** The record whose quoted cell was never closed: it was read to the end of the text. */
  unclosed?: number;
}

/**
 * The separator of CSV as spreadsheets write it: a comma, or a semicolon where the comma is the
 * decimal mark (European Excel), or a tab; whichever the first line that is not blank has most
 * of, outside quotes.
 */
export function separatorOf(text: string): string {
  const line = /^[^\S\r\n]*\S.*/m.exec(text.replace(/"[^"]*"/g, '""'))?.[0] ?? '';
  const count = (separator: string) => line.split(separator).length;
  return [';', '\t'].reduce((best, separator) => (count(separator) > count(best) ? separator : best), ',');
}

/**
 * Reads CSV as RFC 4180 writes it: quoted cells may hold separators, line breaks and doubled
 * quotes; records end in CRLF, LF or CR; a UTF-8 byte order mark and a final line break are
 * ignored. It is lenient where spreadsheets are: a quote inside an unquoted cell is a character.
 */
export function readCsv(text: string, separator = ','): CsvTable {
  const table: CsvTable = {records: []};
  const endOfCell = new RegExp(`[${separator}\r\n]`, 'g');
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const readCell = (): string => {
    let cell = '';
    if (text[i] === '"') {
      for (let from = i + 1; ; ) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          table.unclosed ??= table.records.length;
          i = text.length;
          return cell + text.slice(from);
        }
        cell += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        cell += '"';
        from = quote + 2;
      }
    }
    // Unquoted text, or what a sloppy writer left after a closing quote: kept as written.
    endOfCell.lastIndex = i;
    const end = endOfCell.exec(text)?.index ?? text.length;
    cell += text.slice(i, end);
    i = end;
    return cell;
  };

  while (i < text.length) {
    const record = [readCell()];
    while (text[i] === separator) {
      i++;
      record.push(readCell());
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    table.records.push(record);
  }
  return table;
}
