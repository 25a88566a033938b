import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot} from '@web/test-runner-commands';
import {itIn} from '../engine.js';
import {items, nextLoad, part, settled, shadow, texts} from './helpers.js';
import {RkTimeline} from '../../src/rk-timeline.js';
import type {TimelineLoadEvent} from '../../src/events.js';

const SEED_ID = '/data/russia-north-korea.json';
const SEED_EN = '/data/russia-north-korea.en.json';

describe('a newsroom embeds a timeline by src', () => {
  it('shows the 14 Indonesian seed events oldest first, dates in Indonesian at their precision', async () => {
    const {element} = await settled(html`<rk-timeline src=${SEED_ID}></rk-timeline>`);
    expect(items(element)).to.have.length(14);
    const dates = texts(element, 'date');
    expect(dates[0]).to.equal('Juli 2000');
    expect(dates[1]).to.equal('14 Oktober 2006 – 22 Desember 2017');
    expect(dates[2]).to.equal('25 April 2019');
    expect(dates[3]).to.equal('Februari 2020');
    expect(dates[13]).to.equal('18 Juni 2024 – 19 Juni 2024');
    const datetimes = [...shadow(element).querySelectorAll('[part~="date"]')].map((time) => time.getAttribute('datetime'));
    expect(datetimes).to.deep.equal([
      '2000-07', '2006-10-14', '2019-04-25', '2020-02', '2022-02-24', '2022-05-26', '2023-07-25',
      '2023-09-13', '2023-10-13', '2023-11-21', '2024-01-04', '2024-03-28', '2024-05', '2024-06-18',
    ]);
    expect(texts(element, 'title')[2]).to.equal('Putin dan Kim Jong Un bertemu di Vladivostok');
    await expect(element).to.be.accessible();
  });

  it('marks up an interval’s end in a time element of its own', async () => {
    const {element} = await settled(html`<rk-timeline src=${SEED_ID}></rk-timeline>`);
    const end = items(element)[1].querySelector('[part~="date"] time')!;
    expect(end.getAttribute('datetime')).to.equal('2017-12-22');
    expect(end.textContent).to.equal('22 Desember 2017');
  });

  it('shows dates before the common era with the language’s era, oldest first, with no invalid datetime', async () => {
    const data = {
      events: [
        {date: '-0043/0014', title: 'From Caesar to Augustus'},
        {date: '2019', title: 'Now'},
        {date: '-0499', title: 'Marathon, roughly', displayDate: 'c. 490 BC'},
        {date: '-0043-03-15', title: 'The Ides of March'},
      ],
    };
    const arabic = (number: number, useGrouping = true) => new Intl.NumberFormat('ar', {useGrouping}).format(number);
    const expected: Record<string, string[]> = {
      en: ['c. 490 BC', '44 BC – 14 AD', 'March 15, 44 BC', '2019'],
      id: ['c. 490 BC', '44 SM – 14 M', '15 Maret 44 SM', '2019'],
      // Arabic digits are the engine's: WebKit writes ٤٤, the others 44.
      ar: ['c. 490 BC', `${arabic(44)} ق.م – ${arabic(14)} م`, `${arabic(15)} مارس ${arabic(44)} ق.م`, arabic(2019, false)],
      ja: ['c. 490 BC', '紀元前44年 – 西暦14年', '紀元前44年3月15日', '2019年'],
    };
    for (const lang of Object.keys(expected)) {
      const {element} = await settled(html`<rk-timeline lang=${lang} .data=${data}></rk-timeline>`);
      const shown = texts(element, 'date').map((text) => text.replace(/[\u200e\u200f\u061c]/g, ''));
      expect(shown, lang).to.deep.equal(expected[lang]);
      const root = element.shadowRoot!;
      // HTML's valid years are 1 and on: before, the date is a span; the end in 14 AD keeps its <time>.
      expect([...root.querySelectorAll('[part~="date"]')].map((node) => node.localName)).to.deep.equal(['span', 'span', 'span', 'time']);
      expect([...root.querySelectorAll('[datetime]')].map((node) => node.getAttribute('datetime'))).to.deep.equal(['0014', '2019']);
      await expect(element).to.be.accessible();
    }
  });

  it('shows deep time as so many years ago, oldest first, the display date winning, with no datetime', async () => {
    const data = [
      {date: '-3500', title: 'Glass'},
      {date: '-13800000000', title: 'The Big Bang'},
      {date: '-538800000/-251902000', title: 'The Paleozoic'},
      {date: '-4600000000', title: 'The Sun', displayDate: 'About 4.6 billion years ago'},
    ];
    const {element} = await settled(html`<rk-timeline lang="en" .data=${data}></rk-timeline>`);
    expect(texts(element, 'date')).to.deep.equal([
      '13.8 billion years ago',
      'About 4.6 billion years ago',
      '538.8 million years ago – 251.902 million years ago',
      '3501 BC',
    ]);
    expect(element.shadowRoot!.querySelectorAll('[datetime]')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('writes English month names for the English file', async () => {
    const {element} = await settled(html`<rk-timeline src=${SEED_EN}></rk-timeline>`);
    expect(texts(element, 'date').slice(0, 3)).to.deep.equal(['July 2000', 'October 14, 2006 – December 22, 2017', 'April 25, 2019']);
  });

  it('follows the element’s lang over the data’s', async () => {
    const {element} = await settled(html`<rk-timeline lang="en" src=${SEED_ID}></rk-timeline>`);
    expect(texts(element, 'date')[0]).to.equal('July 2000');
  });

  it('takes the page’s language through shadow roots, up to the document', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = host.attachShadow({mode: 'open'});
    inner.innerHTML = '<rk-timeline src="/data/russia-north-korea.en.json"></rk-timeline>';
    const element = inner.querySelector('rk-timeline')!;
    document.documentElement.lang = 'id';
    try {
      await new Promise((resolve) => element.addEventListener('rk-timeline-load', resolve, {once: true}));
      // The English file says lang "en"; a page language only counts when neither element nor data has one.
      expect(texts(element, 'date')[0]).to.equal('July 2000');
      element.data = [{date: '2000-07', title: 'No language in the data'}];
      await new Promise((resolve) => element.addEventListener('rk-timeline-load', resolve, {once: true}));
      expect(texts(element, 'date')[0]).to.equal('Juli 2000');
    } finally {
      document.documentElement.removeAttribute('lang');
      host.remove();
    }
  });

  it('puts the newest first with order="newest-first"', async () => {
    const {element} = await settled(html`<rk-timeline order="newest-first" src=${SEED_EN}></rk-timeline>`);
    const datetimes = [...shadow(element).querySelectorAll('[part~="date"]')].map((time) => time.getAttribute('datetime'));
    expect(datetimes[0]).to.equal('2024-06-18');
    expect(datetimes[13]).to.equal('2000-07');
  });

  it('keeps the events’ nodes through unrelated changes, and rebuilds them for order or language', async () => {
    const {element} = await settled(html`<rk-timeline src=${SEED_EN}></rk-timeline>`);
    const first = items(element)[0];
    element.theme = 'dark';
    element.label = 'Another name';
    await element.updateComplete;
    expect(items(element)[0]).to.equal(first);
    element.order = 'newest-first';
    await element.updateComplete;
    expect(items(element)[13]).to.not.equal(first);
    expect(items(element)[13].querySelector('[part~="date"]')!.textContent).to.equal('July 2000');
    element.setAttribute('lang', 'id');
    await element.updateComplete;
    expect(items(element)[13].querySelector('[part~="date"]')!.textContent).to.equal('Juli 2000');
  });

  it('uses heading-level for event titles, and level 3 when the value is out of range', async () => {
    const {element} = await settled(html`<rk-timeline heading-level="5" src=${SEED_EN}></rk-timeline>`);
    expect(part(element, 'title')!.localName).to.equal('h5');
    element.headingLevel = 9;
    await element.updateComplete;
    expect(part(element, 'title')!.localName).to.equal('h3');
  });

  it('names the list from label, else from the data’s title', async () => {
    const {element} = await settled(html`<rk-timeline label="Russia and North Korea" src=${SEED_EN}></rk-timeline>`);
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Russia and North Korea');
    element.label = '';
    await element.updateComplete;
    expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Timeline of Russia–North Korea relations');
  });

  it('fires rk-timeline-load after the events are in the DOM, bubbling out of shadow roots', async () => {
    let itemsWhenFired = -1;
    const heard = new Promise<TimelineLoadEvent>((resolve) =>
      document.addEventListener('rk-timeline-load', (event) => {
        itemsWhenFired = items(event.target as never).length;
        resolve(event);
      }, {once: true}),
    );
    await fixture(html`<rk-timeline src=${SEED_EN}></rk-timeline>`);
    const event = await heard;
    expect(itemsWhenFired).to.equal(14);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({count: 14, warnings: [], url: new URL(SEED_EN, location.href).href});
  });
});

describe('a newsroom embeds data without a request', () => {
  it('reads a child <script type="application/json">', async () => {
    const {element, event} = await settled(html`<rk-timeline>
      <script type="application/json">{"lang": "en", "events": [{"date": "2019-04-25", "title": "Vladivostok summit"}]}</script>
    </rk-timeline>`);
    expect(texts(element, 'title')).to.deep.equal(['Vladivostok summit']);
    expect((event as TimelineLoadEvent).detail.url).to.equal(undefined);
  });

  it('takes a parsed object through the data property, which wins over src', async () => {
    const element = await fixture<HTMLElementTagNameMap['rk-timeline']>(html`<rk-timeline lang="en"></rk-timeline>`);
    element.data = [{date: '2023', title: 'Only event'}];
    element.src = SEED_EN;
    await new Promise((resolve) => element.addEventListener('rk-timeline-load', resolve, {once: true}));
    expect(texts(element, 'title')).to.deep.equal(['Only event']);
    expect(texts(element, 'date')).to.deep.equal(['2023']);
  });
});

describe('a page that builds its timeline with script', () => {
  it('loads inline data that arrives after the element is in the page', async () => {
    const element = document.createElement('rk-timeline');
    document.body.append(element);
    await element.updateComplete;
    expect(items(element)).to.have.length(0);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[{"date": "2020", "title": "Late but shown"}]';
    const loaded = nextLoad(element);
    element.append(script);
    await loaded;
    expect(texts(element, 'title')).to.deep.equal(['Late but shown']);
    element.remove();
  });

  it('keeps data and src set before the element was defined', async () => {
    const early = document.createElement('rk-timeline-early') as HTMLElementTagNameMap['rk-timeline'];
    Object.assign(early, {data: [{date: '2021-03', title: 'Set before upgrade'}], lang: 'en'});
    document.body.append(early);
    const loaded = nextLoad(early);
    customElements.define('rk-timeline-early', class extends RkTimeline {});
    await loaded;
    expect(texts(early, 'date')).to.deep.equal(['March 2021']);
    early.remove();
  });
});

describe('an editor’s mistakes are named and the rest still renders', () => {
  it('skips a bad event, warns in the console and in the load event, and shows the others', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      const {element, event} = await settled(html`<rk-timeline lang="en">
        <script type="application/json">[
          {"date": "2019-04-25", "title": "Good"},
          {"date": "25/04/2019", "title": "Bad date"},
          {"date": "2020", "title": "Also good"}
        ]</script>
      </rk-timeline>`);
      expect(texts(element, 'title')).to.deep.equal(['Good', 'Also good']);
      const expected = 'events[1].date: "25/04/2019" is not an ISO 8601 date (expected 2019-04-25, 2019-04 or 2019); event skipped (event "Bad date")';
      expect((event as TimelineLoadEvent).detail.warnings).to.deep.equal([expected]);
      expect(warned).to.deep.equal([`<rk-timeline>: ${expected}`]);
    } finally {
      console.warn = warn;
    }
  });
});

describe('links and images', () => {
  const data = {
    lang: 'en',
    events: [{
      date: '2024-06-18',
      title: 'Visit',
      text: 'First paragraph.\n\nSecond paragraph.',
      media: {src: '/demo/photo.jpg', alt: 'Putin and Kim at the airport', caption: 'Arrival', credit: 'Pool photo'},
      links: [
        {href: 'https://example.org/story', label: 'External story'},
        {href: '/local/page', label: 'Our archive'},
        {href: 'javascript:alert(1)', label: 'Sneaky'},
      ],
    }],
  };

  it('shows paragraphs, an image with alt, caption and credit, and only safe links', async () => {
    const {element} = await settled(html`<rk-timeline .data=${data}></rk-timeline>`);
    expect(texts(element, 'text')).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    const image = shadow(element).querySelector('[part~="media"] img')!;
    expect(image.getAttribute('alt')).to.equal('Putin and Kim at the airport');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(shadow(element).querySelector('figcaption')!.textContent).to.contain('Arrival').and.contain('Pool photo');
    const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
    expect(links.map((link) => link.textContent)).to.deep.equal(['External story', 'Our archive']);
    expect(links.map((link) => link.rel)).to.deep.equal(['noopener noreferrer', 'noopener noreferrer']);
    expect(shadow(element).querySelector('.links')!.textContent).to.contain('Sneaky');
    expect(shadow(element).querySelector('a[href^="javascript"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  const withoutAlt = {
    lang: 'en',
    events: [
      {date: '2024-06-18', title: 'Arrival', media: {src: '/demo/photo.jpg', caption: 'Kim greets Putin at the airport', credit: 'Pool photo'}},
      {date: '2024-06-19', title: 'Talks', media: {src: '/demo/photo.jpg', credit: 'Pool photo'}},
    ],
  };

  it('shows an image without alt text: the caption stands in, else it is decorative', async () => {
    const {element} = await settled(html`<rk-timeline .data=${withoutAlt}></rk-timeline>`);
    const [captioned, decorative] = shadow(element).querySelectorAll('[part~="media"]');
    expect(captioned.querySelector('img')!.getAttribute('alt')).to.equal('Kim greets Putin at the airport');
    // Seen once, read once: from the image, not again from the caption.
    expect(captioned.querySelector('figcaption')!.textContent).to.equal('Kim greets Putin at the airport Pool photo');
    expect(captioned.querySelector('figcaption bdi')!.getAttribute('aria-hidden')).to.equal('true');
    expect(decorative.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(decorative.querySelector('figcaption [aria-hidden]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  itIn(['chromium'], 'the accessibility tree is read through the Chrome DevTools Protocol')('reads a caption standing in for alt text once, as the image', async () => {
    await settled(html`<rk-timeline label="Visit" .data=${withoutAlt}></rk-timeline>`);
    type Node = {role: string; name?: string; children?: Node[]};
    const all = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(all)];
    const read = all((await a11ySnapshot({})) as unknown as Node).filter((node) => node.name?.includes('Kim greets Putin'));
    expect(read.map((node) => `${node.role}:${node.name}`)).to.deep.equal(['image:Kim greets Putin at the airport']);
  });
});
