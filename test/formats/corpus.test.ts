import {expect, html} from '@open-wc/testing';
import {items, part, settled, shadow, texts} from '../element/helpers.js';
import type {RkTimeline} from '../../src/rk-timeline.js';
import type {TimelineErrorEvent, TimelineLoadEvent} from '../../src/events.js';

// Files as newsrooms have them, modelled on public TimelineJS 3 JSON and Sheets CSV exports:
// strings and numbers for dates, times of day, eras, groups, embeds, HTML, BOMs, CRLF, broken ones.
const CORPUS = '/test/fixtures/corpus/';

/**
 * Loads a corpus file into the element and expects it to load. Files that are not UTF-8 come
 * through a route that sends their bytes: the test server would decode them first.
 */
async function loaded(file: string, lang = 'en', src = CORPUS + file) {
  const {element, event} = await settled(html`<rk-timeline lang=${lang} src=${src}></rk-timeline>`);
  expect(event.type, `${file}: ${(event as TimelineErrorEvent).detail?.message}`).to.equal('rk-timeline-load');
  const {count, warnings} = (event as TimelineLoadEvent).detail;
  expect(items(element)).to.have.length(count);
  expectNoMarkupFromData(element);
  return {element, count, warnings};
}

/** Loads a corpus file that cannot be shown, and expects the error box. */
async function failed(file: string) {
  const {element, event} = await settled(html`<rk-timeline lang="en" src=${CORPUS + file}></rk-timeline>`);
  expect(event.type).to.equal('rk-timeline-error');
  expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
  expect(items(element)).to.have.length(0);
  return (event as TimelineErrorEvent).detail;
}

/** Nothing the data wrote as HTML becomes an element: only the element's own markup is there. */
function expectNoMarkupFromData(element: RkTimeline) {
  const root = shadow(element);
  expect(root.querySelectorAll('script, iframe, object, embed, blockquote, b, i, abbr, br, p > a, [onerror], [onclick]')).to.have.length(0);
  for (const image of root.querySelectorAll('img')) expect(image.src).to.match(/^https?:/);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(link.protocol).to.match(/^https?:$/);
}

const dates = (element: RkTimeline) =>
  [...shadow(element).querySelectorAll('[part~="date"]')].map((node) => node.getAttribute('datetime'));
const filterNames = (element: RkTimeline) => [...shadow(element).querySelectorAll('[part~="filter"]')].map((node) => node.textContent!.trim());
const linksOf = (element: RkTimeline) =>
  [...shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="link"]')].map((node) => [node.textContent!.trim(), node.getAttribute('href')]);

describe('TimelineJS 3 JSON as newsrooms write it', () => {
  it('election night: dates as strings and numbers, eras, groups, every kind of media, HTML text', async () => {
    const {element, count, warnings} = await loaded('tljs-election-night.json');
    expect(count).to.equal(8);
    expect(texts(element, 'title')).to.deep.equal([
      'Polls open across 800,000 stations',
      'Quick counts put Jokowi ahead',
      'Prabowo claims victory',
      'Official count begins',
      'Riots in central Jakarta',
      'Constitutional Court rejects the challenge',
      'The two men meet on the MRT',
      'Jokowi sworn in for a second term',
    ]);
    expect(dates(element)).to.deep.equal(['2019-04-17', '2019-04-17', '2019-04-17', '2019-04-18', '2019-05-21', '2019-06-27', '2019-07-13', '2019-10-20']);
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Election night, hour by hour');
    // Eras are sections; events after the last era stand alone.
    expect(texts(element, 'section-title')).to.deep.equal(['Polling day', 'The count']);
    expect(filterNames(element)).to.include.members(['Voting', 'Results', 'Unrest', 'Courts']);
    // unique_id becomes the permalink; the others fall back to their date.
    expect(items(element)[0].id).to.equal('timeline-polls-open');
    expect(items(element)[4].id).to.equal('timeline-riots');
    // display_date wins over the formatted date.
    expect(shadow(element).querySelectorAll('[part~="date"]')[1].textContent).to.equal('17 April, 1 pm');
    // An image with a caption is a picture with the caption as its text; one with neither alt
    // nor caption is shown as decorative.
    expect([...shadow(element).querySelectorAll('img')].map((img) => img.alt)).to.deep.equal(['A polling station in Jakarta’s Menteng district', '']);
    // Videos, tweets, maps and Wikipedia pages are links, labelled by caption or host; so are
    // the first addresses of embed codes, and the links in the text.
    expect(linksOf(element)).to.deep.equal([
      ['voter guide', 'https://example.org/guide'],
      ['Live coverage of the quick counts', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['twitter.com', 'https://twitter.com/prabowo/status/1118500000000000000'],
      ['twitter.com', 'https://twitter.com/KPU_ID/status/1118700000000000000'],
      ['Map: the Bawaslu building on Jalan MH Thamrin', 'https://www.google.com/maps/place/Bawaslu/@-6.1857,106.8305,17z'],
      ['en.wikipedia.org', 'https://en.wikipedia.org/wiki/2019_Indonesian_general_election'],
      ['www.youtube.com', 'https://www.youtube.com/embed/abc123'],
    ]);
    // HTML text: paragraphs and list items as paragraphs, <br> as line breaks, entities and emoji decoded.
    const polls = [...items(element)[0].querySelectorAll('[part~="text"]')].map((node) => node.textContent);
    expect(polls.slice(0, 3)).to.deep.equal(['Voters queue from dawn.', '192 million registered voters', 'Five ballots each']);
    expect(polls[3]).to.equal('Read our voter guide.');
    const quick = [...items(element)[1].querySelectorAll('[part~="text"]')].map((node) => node.textContent);
    expect(quick).to.deep.equal(['Pollsters\' quick counts give the incumbent 54\u00a0%.\nThe challenger disputes them.', 'Markets rise 1.5\u00a0% & the rupiah gains.']);
    expect(items(element)[2].querySelector('[part~="text"]')!.textContent).to.equal('“We won,” he tells supporters 🗳️ in South Jakarta.');
    // An image without alt text is named by the event the file has at that place.
    expect(warnings).to.deep.equal([
      'events[0].media.alt: missing; the caption stands in: add alt text describing the image (event "Polls open across 800,000 stations")',
      'events[7].media.alt: missing; shown as decorative (alt=""): add alt text describing the image (event "Jokowi sworn in for a second term")',
    ]);
  });

  it('a live blog with times of day: every event shown, the day as its date', async () => {
    const {element, count, warnings} = await loaded('tljs-live-blog-newest-first.json');
    expect(count).to.equal(4);
    expect(warnings).to.deep.equal([]);
    expect(dates(element)).to.deep.equal(['2022-11-21', '2022-11-21', '2022-11-21', '2022-11-21']);
    expect(texts(element, 'text')).to.include('The epicentre is 10 km south-west of Cianjur, at a depth of 10 km, says BMKG.');
    // Listed newest first, with times of day: shown in the order they happened.
    expect(texts(element, 'title')).to.deep.equal([
      'Magnitude 5.6 quake strikes West Java',
      'Rescuers reach collapsed school',
      'President to visit Cianjur tomorrow',
      'Death toll rises to 162',
    ]);
  });

  it('a live blog shown newest first: the latest event of the day on top', async () => {
    const {element} = await settled(html`<rk-timeline lang="en" order="newest-first" src=${CORPUS + 'tljs-live-blog-newest-first.json'}></rk-timeline>`);
    expect(texts(element, 'title')[0]).to.equal('Death toll rises to 162');
  });

  it('German text with the entities editors type most often decodes them', async () => {
    const {element} = await loaded('tljs-european-entities.json', 'de');
    expect(texts(element, 'date')[0]).to.equal('13. Januar 1980');
    expect(items(element)[0].querySelector('[part~="text"]')!.textContent).to.contain('Sprecherin – «weder links noch rechts, sondern vorn».');
    expect(items(element)[1].querySelector('[part~="text"]')!.textContent).to.contain('Sonnenblumen & Strickzeug.');
    // The whole Latin-1 set and the typography of Windows-1252.
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Die Chronik der Grünen');
    expect(texts(element, 'title')).to.include.members(['Gründungsparteitag in Karlsruhe', 'Joschka Fischer wird Außenminister']);
    expect(items(element)[2].querySelector('[part~="text"]')!.textContent).to.equal('Rot-Grün regiert. Fischer: „Ich bin Außenminister.“ Kosten: 10\u00a0€…');
    expect(items(element)[3].querySelector('[part~="text"]')!.textContent).to.equal('Léa Seydoux? Nein – Annalena Baerbock wird Außenministerin. Café-Gespräche → Kabinett.');
    expect(shadow(element).textContent).to.not.match(/&[a-z]+;/i);
  });

  it('slides an editor got wrong: each skipped or trimmed with a warning, the rest shown', async () => {
    const {element, count, warnings} = await loaded('tljs-slide-mistakes.json');
    expect(count).to.equal(9);
    expect(warnings).to.have.length(8);
    expect(warnings[0]).to.equal('events[8].start_date.day: expected a day, found 0; event skipped (event "day zero")');
    expect(items(element).map((item) => item.id)).to.include.members(['timeline-dup', 'timeline-dup-2', 'timeline-2019-04']);
    expect(texts(element, 'date')[0]).to.equal('20 July 1969, 20:17 UTC');
    // An image address that is not http(s) is left out; one without an extension is a link;
    // a protocol-relative one takes the data file's scheme.
    expect([...shadow(element).querySelectorAll('img')].map((img) => img.getAttribute('src'))).to.deep.equal([`${location.protocol}//upload.wikimedia.org/x.jpg`]);
    expect(linksOf(element)).to.deep.equal([['A photo on X', 'https://pbs.twimg.com/media/FabcXYZ?format=jpg&name=large']]);
    // Each named by the TimelineJS file's own fields, never by ours (id, media.src, date).
    expect(warnings).to.include.members([
      'events[0].unique_id: "polls open" is not an id (letters, digits, - and _); derived from the date instead (event "Spaces in id")',
      'events[3].media.url: "ftp://example.org/photo.jpg" is not an http(s) or relative address; image left out (event "ftp image")',
      'events[6].media.alt: missing; the caption stands in: add alt text describing the image (event "proto-relative")',
      'events[9].start_date: "2020-02-30" is not a real day (that month has 29 days); event skipped (event "Feb 30")',
      'events[10].end_date: "2020/2019" ends before it starts; event skipped (event "ends before start")',
      'events[2].unique_id: id "dup" is used twice; event "Second dup" gets "dup-2"',
    ]);
  });

  it('a trailing comma: the error box, naming broken JSON', async () => {
    const detail = await failed('tljs-trailing-comma.json');
    expect(detail.kind).to.equal('json');
    expect(detail.message).to.match(/tljs-trailing-comma\.json is not valid JSON: /);
  });

});

describe('older TimelineJS files, read as TimelineJS 3', () => {
  const images = (element: RkTimeline) => [...shadow(element).querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.alt]);

  it('TimelineJS 2 JSON as its own template wrote it: every date an event, the headline as the title', async () => {
    const {element, count, warnings} = await loaded('tljs2-legacy.json');
    expect(count).to.equal(3);
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('The Arab Spring');
    expect(texts(element, 'title')).to.deep.equal(['Mohamed Bouazizi sets himself alight', 'Ben Ali flees', 'Mubarak resigns']);
    expect(dates(element)).to.deep.equal(['2010-12-17', '2011-01-14', '2011-02-11']);
    expect(filterNames(element)).to.include.members(['Tunisia', 'Egypt']);
    expect(linksOf(element)).to.deep.equal([['Celebrations in Cairo', 'https://www.youtube.com/watch?v=abcdefghijk']]);
    expect(warnings).to.deep.equal([]);
  });

  it('TimelineJS 2 with eras, assets, times and protocol-relative images: sections, images, links, its own field names in warnings', async () => {
    const {element, count, warnings} = await loaded('tljs2-dust-bowl.json');
    expect(count).to.equal(5);
    expect(texts(element, 'title')).to.deep.equal(['The drought years', 'Black Sunday', 'The Soil Conservation Service', 'Migrant Mother', 'The Grapes of Wrath']);
    expect(dates(element)).to.deep.equal(['1931', '1935-04-14', '1935-04-27', '1936-03', '1939-04-14']);
    expect(texts(element, 'date')[0]).to.equal('1931 – 1939');
    expect(texts(element, 'section-title')).to.deep.equal(['Drought', 'Migration']);
    expect(texts(element, 'text')[1]).to.equal('A wall of dust crosses Oklahoma and Texas; a reporter names it the "Dust Bowl".');
    expect(images(element)).to.deep.equal([
      [`${location.protocol}//upload.wikimedia.org/wikipedia/commons/8/8b/Dust_Storm_Texas_1935.jpg`, 'A dust storm approaches Stratford, Texas'],
      ['https://commons.wikimedia.org/wiki/Special:FilePath/Lange-MigrantMother02.jpg?width=1280', 'Migrant Mother, Nipomo, 1936'],
    ]);
    expect(texts(element, 'media')).to.deep.equal(['A dust storm approaches Stratford, Texas NOAA', 'Migrant Mother, Nipomo, 1936 Dorothea Lange / FSA']);
    expect(linksOf(element)).to.deep.equal([
      ['Newsreel', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['Library of Congress', 'http://www.loc.gov/pictures/item/fsa1998021539/PP/'],
    ]);
    expect(filterNames(element)).to.include.members(['Weather', 'Washington', 'California']);
    // TimelineJS 2 has no alt text: its captions stand in, and say so.
    expect(warnings).to.deep.equal([
      'date[5].startDate: expected a year, found "sometime in 1940"; event skipped (event "Rain returns")',
      'date[1].asset: missing; the caption stands in: add alt text describing the image (event "Black Sunday")',
      'date[3].asset: missing; the caption stands in: add alt text describing the image (event "Migrant Mother")',
    ]);
  });

  it('early TimelineJS 3 with "slides" for "events": every slide an event, warnings naming the slides', async () => {
    const {element, count, warnings} = await loaded('tljs3-early-slides.json');
    expect(count).to.equal(3);
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Jakarta MRT');
    expect(texts(element, 'title')).to.deep.equal(['The first study', 'Ground is broken', 'Opening day']);
    expect(images(element)).to.deep.equal([
      [`${location.protocol}//upload.wikimedia.org/wikipedia/commons/1/1a/MRT_Jakarta_groundbreaking.jpg`, 'The groundbreaking'],
      ['https://drive.google.com/uc?export=view&id=1MrtJktOpeningDay2019', 'Passengers on the first day'],
    ]);
    expect(warnings).to.deep.equal([
      'slides[3].start_date.month: expected a month number 1–12, found "13"; event skipped (event "A month that is not one")',
      'slides[1].media.alt: missing; the caption stands in: add alt text describing the image (event "Ground is broken")',
      'slides[2].media.alt: missing; the caption stands in: add alt text describing the image (event "Opening day")',
    ]);
  });

  it('a TimelineJS 2 file without dates: the error box, saying what was expected', async () => {
    const {element, event} = await settled(html`<rk-timeline lang="en" .data=${{timeline: {headline: 'Empty', type: 'default'}}}></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-error');
    expect(items(element)).to.have.length(0);
    expect((event as TimelineErrorEvent).detail.message).to.contain('expected {"events": [...]}');
  });
});

describe('the TimelineJS Google Sheets template, exported as CSV', () => {
  it('a published sheet: CRLF, empty trailing columns, title and era rows, times, multi-line cells, a Display Date row without a year', async () => {
    const {element, count, warnings} = await loaded('sheet-google-published.csv', 'id');
    expect(count).to.equal(7);
    expect(texts(element, 'title')).to.deep.equal([
      'First feasibility study', 'Plans shelved', 'Groundbreaking', 'Tunnel boring completes', 'Opening day', 'Fares start', 'Ridership collapses',
    ]);
    expect(dates(element)).to.deep.equal(['1985', '1995-07', '2013-10-10', '2017-02', '2019-03-24', '2019-04-01', '2020-03']);
    expect(texts(element, 'date')).to.deep.equal(['1985', 'Juli 1995', '10 Oktober 2013', 'Februari 2017', '24 Maret 2019', 'April 1, 2019', 'Maret 2020']);
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Timeline: The Jakarta MRT');
    expect(texts(element, 'section-title')).to.deep.equal(['Studies and delays', 'Construction']);
    // A quoted cell keeps its line break; a blank line is a new paragraph; doubled quotes are quotes.
    expect(items(element)[1].querySelector('[part~="text"]')!.textContent).to.equal('The Asian financial crisis hits;\nthe project is put on hold.');
    expect([...items(element)[2].querySelectorAll('[part~="text"]')].map((node) => node.textContent)).to.deep.equal([
      'President Yudhoyono and Governor Joko Widodo break ground.',
      '"Finally," says a commuter.',
    ]);
    expect(items(element)[4].querySelector('[part~="text"]')!.textContent).to.equal('Free rides for a week 🚇🎉');
    expect([...shadow(element).querySelectorAll('img')].map((img) => img.alt)).to.deep.equal(['', 'Jokowi rides the first train']);
    // The sheet's, in row order, then the images', in row order.
    expect(warnings).to.deep.equal([
      'row 7.Year: missing; event skipped (event "Talks resume")',
      'row 14.Type: a second title row; ignored',
      'row 9.Alt Text: missing; shown as decorative (alt=""): add alt text describing the image (event "Tunnel boring completes")',
      'row 11.Alt Text: missing; the caption stands in: add alt text describing the image (event "Opening day")',
    ]);
  });

  it('Excel "CSV UTF-8": a byte order mark, CRLF, an Alt Text column, Arabic text, the year written "2,011", a month by name', async () => {
    const {element, count, warnings} = await loaded('sheet-excel-utf8-bom-arabic.csv', 'ar');
    expect(count).to.equal(5);
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('الربيع العربي: تسلسل زمني');
    expect(texts(element, 'title')).to.deep.equal(['اغتيال يوليوس قيصر', 'إضرام محمد البوعزيزي النار في نفسه', 'فرار بن علي', 'تنحي حسني مبارك', 'تنحي علي عبد الله صالح']);
    // Year -44 is 44 BC, in Arabic with its era; HTML has no valid datetime for it.
    expect(dates(element)).to.deep.equal([null, '2010-12-17', '2011-01-14', '2011-02-11', '2012-02-27']);
    expect(texts(element, 'date')[0]).to.contain(new Intl.NumberFormat('ar').format(44)).and.contain('ق.م');
    expect(shadow(element).querySelector('img')!.alt).to.equal('صورة لشارع في سيدي بوزيد');
    expect(getComputedStyle(part(element, 'list')!).direction).to.equal('rtl');
    expect(filterNames(element)).to.include.members(['تونس', 'مصر']);
    // Rows editors get wrong are named by row and column, with what was found and what to do.
    expect(warnings).to.deep.equal([
      'row 6.Year: a whole date, "2011-10-20": give the year, month and day separately; event skipped (event "مقتل معمر القذافي")',
    ]);
  });

  it('Excel on Windows, comma-separated in Windows-1252: every row an event, accents as written', async () => {
    const {element, count} = await loaded('sheet-excel-latin1.csv', 'fr', `/fault/bytes?file=${CORPUS.slice(1)}sheet-excel-latin1.csv`);
    expect(count).to.equal(4);
    const words = shadow(element).textContent!;
    expect(words).to.not.contain('\ufffd');
    expect(words).to.match(/[éèàç]/);
  });

  it('European Excel, separated by semicolons: every row is an event, commas and semicolons in cells kept', async () => {
    const {element, count, warnings} = await loaded('sheet-excel-fr-semicolon.csv', 'fr', `/fault/bytes?file=${CORPUS.slice(1)}sheet-excel-fr-semicolon.csv`);
    expect(count).to.equal(4);
    expect(warnings).to.deep.equal([]);
    expect(dates(element)).to.deep.equal(['2023-01-10', '2023-01-19', '2023-03-16', '2023-04-14']);
    expect(filterNames(element)).to.include.members(['Gouvernement', 'Syndicats', 'Institutions']);
    expect(texts(element, 'text')[1]).to.equal("1,12 million de manifestants selon l'Intérieur.");
  });

  it('a note above the header row: the header is found, rows named as the sheet numbers them', async () => {
    const {element, count, warnings} = await loaded('sheet-header-not-first.csv');
    expect(count).to.equal(3);
    expect(warnings).to.deep.equal([]);
    expect(dates(element)).to.deep.equal(['2004-12-26', '2005-08-15', '2006-12-11']);
  });

  it('the old TimelineJS 2 template: the error box, saying what it is and what to do', async () => {
    const detail = await failed('sheet-timelinejs2-template.csv');
    expect(detail.kind).to.equal('format');
    expect(detail.message).to.contain('sheet-timelinejs2-template.csv is a TimelineJS 2 sheet, which is not read: copy its rows into the TimelineJS 3 template');
  });
});

describe('our own format, in the newsroom’s languages', () => {
  it('Indonesian: sections, labels, tags, intervals, an untitled event, relative images, unsafe links as text', async () => {
    const {element, count, warnings} = await loaded('ours-id-ibu-kota.json', 'id');
    expect(count).to.equal(8);
    expect(texts(element, 'section-title')).to.deep.equal(['Rencana', 'Undang-undang', 'Pembangunan']);
    // The file is in order (the month, placed after a day it holds, counts as in order): its order stays.
    expect(dates(element)).to.deep.equal(['2019-04-29', '2019-08-26', '2022-01-18', '2022-03-14', '2022-03', '2023-06', '2024', '2024-08-17']);
    expect(texts(element, 'date')).to.include.members(['29 April 2019', 'Maret 2022 (awal bulan)', '14 Maret 2022']);
    expect(items(element)[3].querySelector('[part~="title"]')!.textContent!.trim()).to.equal('14 Maret 2022');
    expect(items(element)[5].querySelector('[part~="date"]')!.textContent).to.equal('Juni 2023 – Juli 2024');
    expect(texts(element, 'label')).to.deep.equal(['Hari ke-1']);
    expect(filterNames(element)).to.include.members(['kebijakan', 'lokasi', 'hukum', 'upacara', 'pembangunan', 'ekonomi']);
    expect(shadow(element).querySelector('img')!.src).to.equal(new URL(`${CORPUS}img/peta-ikn.png`, location.href).href);
    expect(items(element)[7].id).to.equal('timeline-hut-ri-79');
    expect(linksOf(element)).to.deep.equal([
      ['Teks UU Nomor 3 Tahun 2022', 'https://peraturan.bpk.go.id/'],
      ['https://www.youtube.com/watch?v=abcdefghijk', 'https://www.youtube.com/watch?v=abcdefghijk'],
    ]);
    expect(texts(element, 'link')).to.not.include('Siaran langsung');
    expect(items(element)[7].textContent).to.contain('Siaran langsung');
    expect(warnings).to.deep.equal([
      'events[7].links[0].href: "javascript:alert(1)" is not an http(s) or relative address; shown as plain text (event "Upacara HUT RI ke-79 di IKN")',
    ]);
  });

  it('Arabic: right to left, dates in Arabic, an interval, a display date', async () => {
    const {element, count, warnings} = await loaded('ours-ar-gaza.json', 'ar');
    expect(count).to.equal(4);
    expect(warnings).to.deep.equal([]);
    expect(getComputedStyle(part(element, 'list')!).direction).to.equal('rtl');
    expect(texts(element, 'date')[2]).to.equal('أواخر مايو 2024');
    expect(dates(element)).to.deep.equal(['2023-10-07', '2023-11-24', '2024-05', '2025-01-19']);
    expect(items(element)[1].querySelectorAll('[part~="text"]')).to.have.length(2);
  });

  it('Japanese, a bare array: an untitled event is headed by its date', async () => {
    const {element, count} = await loaded('ours-ja-noto.json', 'ja');
    expect(count).to.equal(5);
    expect(texts(element, 'title')).to.include.members(['能登半島地震が発生', '大津波警報を発表', '羽田空港で航空機衝突事故', '能登豪雨', '2024年1月']);
  });

  it('an editor’s mistakes: each named, by event, with what was found and what was done; markup stays text', async () => {
    const {element, count, warnings} = await loaded('ours-editor-mistakes.json', 'en-GB');
    expect(count).to.equal(5);
    expect(texts(element, 'title')).to.deep.equal([
      'Unions respond', 'Public consultation opens', 'First reading', 'Final vote', '<b>Budget passes</b> <img src=x onerror=alert(1)>',
    ]);
    expect(items(element).map((item) => item.id)).to.deep.equal(['timeline-2024-05-01', 'timeline-2024-07-15', 'timeline-vote', 'timeline-vote-2', 'timeline-2024-09-04']);
    expect(texts(element, 'text')).to.deep.equal(['By 31 votes to 20 <script>alert(1)</script>']);
    // The image without alt text stays, as decorative (its warning is among the ten).
    expect([...shadow(element).querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).to.deep.equal([['https://example.org/chamber.jpg', '']]);
    expect(warnings).to.have.length(10);
    expect(warnings.slice(0, 3)).to.deep.equal([
      'events[0].date: "25/04/2024" is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019); event skipped (event "Council debates the draft")',
      'events[1].date: "2024-4-30" is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019); event skipped (event "Mayor presents the budget")',
      'events[2].date: expected text, found 2024 (expected 2019-04-25, 2019-04 or 2019); event skipped (event "A year given as a number")',
    ]);
    expect(warnings).to.include('events[4].date: "2024-06-31" is not a real day (that month has 30 days); event skipped (event "A day June does not have")');
    expect(warnings).to.include('events[5].date: "2024-07-10/2024-07-01" ends before it starts; event skipped (event "Consultation that ends before it starts")');
    expect(warnings).to.include('events: id "vote" is used twice; event "Final vote" gets "vote-2"');
  });
});

