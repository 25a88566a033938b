import {readCsv, separatorOf} from './csv.js';
import type {Fields} from '../data/parse-timeline.js';
import {TimelineError} from '../timeline-error.js';
import type {Converted} from './document.js';
import {convertSlides, type Slide} from './timelinejs.js';
import {warningList} from '../data/timeline-warning.js';

// The columns of the TimelineJS Google Sheets template that we read, and the TimelineJS field
// each fills. End Time, Media Thumbnail and Background have nothing to show here; Time orders a
// day's events.
const COLUMNS = [
  ['Year', 'start_date.year'],
  ['Month', 'start_date.month'],
  ['Day', 'start_date.day'],
  ['Time', 'start_date.time'],
  ['End Year', 'end_date.year'],
  ['End Month', 'end_date.month'],
  ['End Day', 'end_date.day'],
  ['Display Date', 'display_date'],
  ['Headline', 'text.headline'],
  ['Text', 'text.text'],
  ['Media', 'media.url'],
  ['Media Credit', 'media.credit'],
  ['Media Caption', 'media.caption'],
  ['Alt Text', 'media.alt'], // newer copies of the template have it
  ['Type', 'type'],
  ['Group', 'group'],
] as const;

// Where the header row may be: editors write a note or a title above it.
const HEADER_ROWS = 5;

// Keys come from COLUMNS, never from the file; objects without a prototype are safe from a page
// that polluted Object.prototype.
/** Sets a dotted field such as `start_date.year`. */
function put(fields: Fields, path: string, value: string) {
  const [key, inner] = path.split('.');
  if (inner === undefined) fields[key] = value;
  else ((fields[key] ??= Object.create(null)) as Fields)[inner] = value;
}

/**
 * CSV exported from the TimelineJS Google Sheets template (comma, semicolon or tab separated),
 * as our document. The header row is the first of the first few rows with Year and Headline
 * columns; headers match in any case and order, other columns are ignored. Warnings name
 * spreadsheet rows: the first line is row 1. Undefined when the text is not a table at all; a
 * table that is not the template throws a `TimelineError` of kind `format`, naming `where`.
 */
export function convertSheetCsv(text: string, where = 'The file'): Converted | undefined {
  const {records, unclosed} = readCsv(text, separatorOf(text));
  const firstRows = records.slice(0, HEADER_ROWS);
  const names = (cells: string[]) => cells.map((cell) => cell.trim().toLowerCase());
  const header = firstRows.findIndex((cells) => names(cells).includes('year') && names(cells).includes('headline'));
  if (header < 0) {
    if (!firstRows.some((cells) => cells.length > 1)) return undefined;
    const template = 'the TimelineJS 3 template (Year, Month, Day, Headline, Text, Media…)';
    throw new TimelineError(
      'format',
      names(firstRows.flat()).includes('start date')
        ? `${where} is a TimelineJS 2 sheet, which is not read: copy its rows into ${template}`
        : `${where} looks like a spreadsheet, but its first row lacks the Year or Headline column of ${template}: copy its rows into it`,
    );
  }

  const columns = new Map<string, number>(); // TimelineJS field → column
  const headers = new Map<string, string>(COLUMNS.map(([name, path]) => [path, name])); // → header
  records[header].forEach((cell, column) => {
    const path = COLUMNS.find(([name]) => name.toLowerCase() === cell.trim().toLowerCase())?.[1];
    if (path && !columns.has(path)) {
      columns.set(path, column);
      headers.set(path, cell.trim());
    }
  });
  // A date as a whole (`start_date`) is named by its year's column, the eras by Type; a field
  // without a column (`unique_id`) by the row alone.
  const nameOf = (field: string) => headers.get(field === 'eras' ? 'type' : field) ?? headers.get(`${field}.year`);

  // Listed in row order with the converter's: the title, eras and events are read apart.
  const warnings = warningList();
  if (unclosed !== undefined) warnings.add({at: `row ${unclosed + 1}`, message: 'a quoted cell is never closed; read to the end of the file'}, unclosed);
  let title: Slide | undefined;
  const eras: Slide[] = [];
  const events: Slide[] = [];
  records.forEach((cells, index) => {
    if (index <= header || cells.every((cell) => !cell.trim())) return;
    const row = `row ${index + 1}`;
    const fields: Fields = Object.create(null);
    for (const [path, column] of columns) {
      const value = cells[column]?.trim();
      if (value) put(fields, path, value);
    }
    const slide: Slide = {fields, at: (field) => (field && nameOf(field) ? `${row}.${nameOf(field)}` : row), order: index};
    const type = cells[columns.get('type') ?? -1]?.trim().toLowerCase();
    if (type === 'era') eras.push(slide);
    else if (type !== 'title') events.push(slide);
    else if (!title) title = slide;
    else warnings.add({at: slide.at('type'), message: 'a second title row; ignored'}, index);
  });
  return convertSlides(title, eras, events, warnings);
}
