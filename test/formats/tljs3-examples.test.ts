import {expect, html} from '@open-wc/testing';
import {items, settled, shadow} from '../element/helpers.js';
import {readCsv} from '../../src/formats/csv.js';
import {readAnyFormat} from '../../src/formats/read-any-format.js';
import type {TimelineLoadEvent} from '../../src/events.js';

// Every example data file of the TimelineJS 3 repository that its npm package ships (a
// devDependency, so no copies are committed): its templates and its women-in-computing sample.
const PACKAGE = '/node_modules/@knight-lab/timelinejs/src/';
const FILES = [
  'template/all-media-types.json',
  'template/cosmo.json',
  'template/cosmo-mixed.json',
  'template/eras.json',
  'template/my-own-timeline.csv',
  'js/core/__tests__/women_in_computing.csv',
];

/**
 * What TimelineJS shows, counted from the file itself: an event for each slide of `events` (or
 * a CSV row that is neither title nor era) with a start year; an image for each of those whose
 * media url is an address (not an embed code) of a picture by its extension (jpg, jpeg, png,
 * gif, svg, webp, as TimelineJS's media types match it), or a Wikimedia Commons file page or a
 * Google Drive share or file link, which TimelineJS shows as their image without any API. Flickr,
 * Instagram and Imgur pages, which TimelineJS draws through those services' APIs, are media of
 * a later issue, and links here. Alt text and caption do not matter: TimelineJS shows the image.
 */
function shownByTimelineJs(file: string, text: string) {
  const slides: {year?: unknown; url?: unknown}[] = file.endsWith('.csv')
    ? (([header, ...rows]) => rows
        .map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])))
        .filter((row) => !/^(title|era)$/i.test(row.Type ?? ''))
        .map((row) => ({year: row.Year, url: row.Media})))(readCsv(text).records.filter((record) => record.some((cell) => cell.trim())))
    : (JSON.parse(text) as {events: {start_date?: {year?: unknown}; media?: {url?: unknown}}[]}).events.map((slide) => ({year: slide.start_date?.year, url: slide.media?.url}));
  const events = slides.filter(({year}) => /^\s*-?\d+\s*$/.test(String(year ?? '')));
  const isImage = (url: string) =>
    /^(https?:)?\/\//.test(url) &&
    (/\.(jpe?g|png|gif|svg|webp)$/i.test(url.replace(/[?#].*/, '')) && !/\/wiki\/File:/.test(url) ? true : /commons\.wikimedia\.org\/wiki\/File:|drive\.google\.com\/(file\/d\/|(open|uc)\?id=)/.test(url));
  return {events: events.length, images: events.filter(({url}) => typeof url === 'string' && isImage(url.trim())).length};
}

describe('the TimelineJS 3 repository’s own example files', () => {
  for (const file of FILES) {
    it(`${file}: every event and every image TimelineJS shows`, async () => {
      const url = new URL(PACKAGE + file, location.href).href;
      const text = await (await fetch(url)).text();
      const expected = shownByTimelineJs(file, text);
      const {timeline, warnings} = await readAnyFormat({text}, url);
      expect(timeline.events, `${file}: ${warnings.map(({message}) => message)}`).to.have.length(expected.events);
      expect(timeline.events.filter((event) => event.media), file).to.have.length(expected.images);
    });
  }

  it('counts as the files were measured: 41, 7, 11, 20, 10 and 10 events; 10, 2, 9, 0, 2 and 2 images', async () => {
    const counts = await Promise.all(FILES.map(async (file) => shownByTimelineJs(file, await (await fetch(PACKAGE + file)).text())));
    expect(counts.map(({events}) => events)).to.deep.equal([41, 7, 11, 20, 10, 10]);
    expect(counts.map(({images}) => images)).to.deep.equal([10, 2, 9, 0, 2, 2]);
  });

  it('shows a reader the cosmology example: deep time, and each image named by its caption', async () => {
    const {element, event} = await settled(html`<rk-timeline lang="en" src=${PACKAGE + 'template/cosmo.json'}></rk-timeline>`);
    expect(event.type).to.equal('rk-timeline-load');
    expect(items(element)).to.have.length((event as TimelineLoadEvent).detail.count).and.to.have.length(7);
    const images = [...shadow(element).querySelectorAll('img')];
    expect(images).to.have.length(2);
    for (const image of images) {
      const caption = image.closest('figure')!.querySelector('figcaption bdi')!;
      expect(image.alt).to.not.equal('');
      expect(image.alt).to.equal(caption.textContent);
      expect(caption.getAttribute('aria-hidden')).to.equal('true');
    }
    await expect(element).to.be.accessible();
  });
});
