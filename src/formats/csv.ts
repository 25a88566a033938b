export interface CsvTable {
  /** Every record, blank ones too, so that record `i` is spreadsheet row `i + 1`. */
  records: string[][];
  /** The record whose quoted cell was never closed: it was read to the end of the text. */
  unclosed?: number;
}

const END_OF_CELL = /[,\r\n]/g;

/**
 * Reads CSV as RFC 4180 writes it: quoted cells may hold commas, line breaks and doubled quotes;
 * records end in CRLF, LF or CR; a UTF-8 byte order mark and a final line break are ignored.
 * It is lenient where spreadsheets are: a quote inside an unquoted cell is a character.
 */
export function readCsv(text: string): CsvTable {
  const table: CsvTable = {records: []};
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
    END_OF_CELL.lastIndex = i;
    const end = END_OF_CELL.exec(text)?.index ?? text.length;
    cell += text.slice(i, end);
    i = end;
    return cell;
  };

  while (i < text.length) {
    const record = [readCell()];
    while (text[i] === ',') {
      i++;
      record.push(readCell());
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    table.records.push(record);
  }
  return table;
}
