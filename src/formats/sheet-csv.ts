import {readCsv} from './csv.js';
import type {Fields} from '../data/parse-timeline.js';
import type {Converted} from './document.js';
import {convertSlides, type Slide} from './timelinejs.js';

// The columns of the TimelineJS Google Sheets template that we read, and the TimelineJS field
// each fills. Time, End Time, Media Thumbnail and Background have nothing to show here.
const COLUMNS = [
  ['Year', 'start_date.year'],
  ['Month', 'start_date.month'],
  ['Day', 'start_date.day'],
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

// Keys come from COLUMNS, never from the file; objects without a prototype are safe from a page
// that polluted Object.prototype.
/** Sets a dotted field such as `start_date.year`. */
function put(fields: Fields, path: string, value: string) {
  const [key, inner] = path.split('.');
  if (inner === undefined) fields[key] = value;
  else ((fields[key] ??= Object.create(null)) as Fields)[inner] = value;
}

/**
 * CSV exported from the TimelineJS Google Sheets template, as our document; undefined when the
 * first row has no Year and Headline columns. Headers match in any case and order; other columns
 * are ignored. Warnings name spreadsheet rows: the header is row 1.
 */
export function convertSheetCsv(text: string): Converted | undefined {
  const {records, unclosed} = readCsv(text);
  const columns = new Map<string, number>(); // TimelineJS field → column
  const names = new Map<string, string>(COLUMNS.map(([name, path]) => [path, name])); // → header
  (records[0] ?? []).forEach((header, column) => {
    const path = COLUMNS.find(([name]) => name.toLowerCase() === header.trim().toLowerCase())?.[1];
    if (path && !columns.has(path)) columns.set(path, column), names.set(path, header.trim());
  });
  if (!columns.has('start_date.year') || !columns.has('text.headline')) return undefined;
  // A date as a whole (`start_date`) is named by its year's column.
  const nameOf = (field: string) => names.get(field) ?? names.get(`${field}.year`) ?? field;

  const warnings: string[] = [];
  if (unclosed !== undefined) warnings.push(`row ${unclosed + 1}: a quoted cell is never closed; read to the end of the file`);
  let title: Slide | undefined;
  const eras: Slide[] = [];
  const events: Slide[] = [];
  records.forEach((cells, index) => {
    if (index === 0 || cells.every((cell) => !cell.trim())) return;
    const row = `row ${index + 1}`;
    const fields: Fields = Object.create(null);
    for (const [path, column] of columns) {
      const value = cells[column]?.trim();
      if (value) put(fields, path, value);
    }
    const slide: Slide = {fields, at: (field) => (field ? `${row}.${nameOf(field)}` : row)};
    const type = cells[columns.get('type') ?? -1]?.trim().toLowerCase();
    if (type === 'era') eras.push(slide);
    else if (type !== 'title') events.push(slide);
    else if (!title) title = slide;
    else warnings.push(`${slide.at('type')}: a second title row; ignored`);
  });
  const converted = convertSlides(title, eras, events);
  converted.warnings.unshift(...warnings);
  return converted;
}
