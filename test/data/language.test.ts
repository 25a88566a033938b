import {expect} from '@open-wc/testing';
import {directionOf, resolveLanguage} from '../../src/i18n/language.js';
import {messagesFor, type Messages} from '../../src/i18n/messages.js';

describe('a timeline decides which language it speaks', () => {
  let root: HTMLElement;
  let htmlLang: string | null;

  beforeEach(() => {
    // The page's own <html lang> would be the closest ancestor; take it out of the way.
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    root = document.createElement('div');
    document.body.append(root);
  });

  afterEach(() => {
    root.remove();
    if (htmlLang !== null) document.documentElement.setAttribute('lang', htmlLang);
  });

  /** An element nested in a wrapper with `ancestorLang`, and given `ownLang` itself. */
  function place(ownLang: string | null, ancestorLang: string | null) {
    const wrapper = document.createElement('section');
    if (ancestorLang !== null) wrapper.setAttribute('lang', ancestorLang);
    const middle = document.createElement('div');
    const element = document.createElement('rk-timeline');
    if (ownLang !== null) element.setAttribute('lang', ownLang);
    middle.append(element);
    wrapper.append(middle);
    root.append(wrapper);
    return element;
  }

  it('prefers the element’s own lang over the data’s and the page’s', () => {
    expect(resolveLanguage(place('ar', 'en'), 'id')).to.equal('ar');
  });

  it('uses the data’s lang when the element has none', () => {
    expect(resolveLanguage(place(null, 'en'), 'id')).to.equal('id');
  });

  it('uses the closest ancestor’s lang when neither element nor data has one', () => {
    expect(resolveLanguage(place(null, 'ar-EG'))).to.equal('ar-EG');
  });

  it('uses the nearer of two ancestors', () => {
    const element = place(null, 'id');
    root.setAttribute('lang', 'ar');
    expect(resolveLanguage(element)).to.equal('id');
    element.parentElement!.setAttribute('lang', 'en');
    expect(resolveLanguage(element)).to.equal('en');
  });

  it('falls back to the reader’s browser language when nothing else says', () => {
    expect(navigator.language).to.equal('en-US'); // pinned by the test runner
    expect(resolveLanguage(place(null, null))).to.equal('en-US');
  });

  it('works for an element not attached to the page', () => {
    const loose = document.createElement('rk-timeline');
    expect(resolveLanguage(loose, 'id')).to.equal('id');
    expect(resolveLanguage(loose)).to.equal('en-US');
  });

  it('gives tags in canonical form', () => {
    expect(resolveLanguage(place('EN-gb', null))).to.equal('en-GB');
    expect(resolveLanguage(place(null, null), 'ID')).to.equal('id');
    expect(resolveLanguage(place(null, 'ar-eg'))).to.equal('ar-EG');
  });

  it('skips an element lang that is not a language tag and uses the data’s', () => {
    expect(resolveLanguage(place('not a tag!', 'en'), 'id')).to.equal('id');
    expect(resolveLanguage(place('', 'en'), 'id')).to.equal('id');
  });

  it('skips a data lang that is not a language tag and uses the ancestor’s', () => {
    expect(resolveLanguage(place(null, 'ar'), 'en_US!')).to.equal('ar');
    expect(resolveLanguage(place(null, 'ar'), '')).to.equal('ar');
  });

  it('skips an ancestor lang that is not a language tag and uses the browser’s', () => {
    expect(resolveLanguage(place(null, '??'))).to.equal('en-US');
  });
});

describe('a timeline decides its writing direction', () => {
  for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'az-Arab', 'ckb', 'ps', 'yi', 'dv', 'pa-Arab', 'ms-Arab']) {
    it(`writes ${tag} right to left`, () => {
      expect(directionOf(tag)).to.equal('rtl');
    });
  }

  for (const tag of ['en', 'en-GB', 'id', 'az-Latn', 'az', 'ku-Latn', 'ar-Latn', 'sd-Deva', 'ru', 'zh-Hant-TW', 'ko']) {
    it(`writes ${tag} left to right`, () => {
      expect(directionOf(tag)).to.equal('ltr');
    });
  }

  it('keeps Arabic with Western digits (ar-u-nu-latn) right to left', () => {
    expect(directionOf('ar-u-nu-latn')).to.equal('rtl');
  });

  it('keeps English with Arabic digits (en-u-nu-arab) left to right', () => {
    // `arab` here names a numbering system in the -u- extension, not the script.
    expect(directionOf('en-u-nu-arab')).to.equal('ltr');
  });

  it('keeps Arabic with a private-use subtag (ar-x-abcd) right to left', () => {
    expect(directionOf('ar-x-abcd')).to.equal('rtl');
  });
});

describe('a reader sees messages in their language', () => {
  const indonesian = messagesFor('id');
  const arabic = messagesFor('ar');
  const english = messagesFor('en');

  it('has distinct catalogues for English, Indonesian and Arabic', () => {
    expect(english.retry).to.equal('Try again');
    expect(indonesian.retry).to.equal('Coba lagi');
    expect(arabic.retry).to.equal('إعادة المحاولة');
  });

  it('picks Indonesian for id-ID and the legacy tag in', () => {
    expect(messagesFor('id-ID')).to.equal(indonesian);
    expect(messagesFor('in')).to.equal(indonesian);
    expect(messagesFor('ID')).to.equal(indonesian);
  });

  it('picks Arabic for ar-SA', () => {
    expect(messagesFor('ar-SA')).to.equal(arabic);
    expect(messagesFor('ar-u-nu-latn')).to.equal(arabic);
  });

  it('falls back to English for a language it does not have', () => {
    expect(messagesFor('fr')).to.equal(english);
    expect(messagesFor('en-GB')).to.equal(english);
    expect(messagesFor('')).to.equal(english);
  });

  it('falls back to English for tags that name Object.prototype members', () => {
    for (const tag of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      // Compared by identity: a failing deep diff of Object.prototype would stall the runner.
      expect(messagesFor(tag) === english, `messagesFor(${JSON.stringify(tag)}) is the English catalogue`).to.equal(true);
    }
  });

  it('announces the number of events loaded', () => {
    expect(english.loaded('1')).to.equal('Timeline loaded: 1 event.');
    expect(english.loaded('14')).to.equal('Timeline loaded: 14 events.');
    expect(indonesian.loaded('14')).to.equal('Garis masa dimuat: 14 peristiwa.');
    expect(arabic.loaded('١٤')).to.include('١٤');
  });

  /** Every leaf of a catalogue as `path: value`, calling functions with sample counts. */
  function leaves(messages: Messages): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'function') {
        for (const count of ['0', '1', '14']) out.set(`${path}(${count})`, (value as (count: string) => string)(count));
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
      } else {
        out.set(path, value as string);
      }
    };
    walk(messages, '');
    return out;
  }

  for (const [name, messages] of [['Indonesian', indonesian], ['Arabic', arabic]] as const) {
    it(`has the same messages in ${name} as in English`, () => {
      expect([...leaves(messages).keys()].sort()).to.deep.equal([...leaves(english).keys()].sort());
    });
  }

  for (const [name, messages] of [['English', english], ['Indonesian', indonesian], ['Arabic', arabic]] as const) {
    it(`has no empty messages in ${name}`, () => {
      for (const [path, text] of leaves(messages)) {
        expect(text, path).to.be.a('string');
        expect(text.trim(), path).to.not.equal('');
      }
    });

    it(`puts the count into the loaded message in ${name}`, () => {
      expect(messages.loaded('14')).to.include('14');
      expect(messages.loaded('1')).to.include('1');
    });
  }

  it('translates every message rather than copying English', () => {
    const en = leaves(english);
    for (const messages of [indonesian, arabic]) {
      for (const [path, text] of leaves(messages)) expect(text, path).to.not.equal(en.get(path));
    }
  });
});
