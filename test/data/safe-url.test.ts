import {expect} from '@open-wc/testing';
import {imageAddress, safeUrl} from '../../src/data/safe-url.js';

const BASE = 'https://news.example/data/timeline.json';

describe('an editor links to a web page', () => {
  it('keeps absolute https and http addresses', () => {
    expect(safeUrl('https://un.example/sanctions/1718', BASE)).to.equal('https://un.example/sanctions/1718');
    expect(safeUrl('http://archive.example/page?q=1#top', BASE)).to.equal('http://archive.example/page?q=1#top');
  });

  it('treats the scheme case-insensitively for web addresses', () => {
    expect(safeUrl('HTTPS://UN.example/A', BASE)).to.equal('https://un.example/A');
  });

  it('resolves a relative address against the base', () => {
    expect(safeUrl('story.html', BASE)).to.equal('https://news.example/data/story.html');
    expect(safeUrl('../img/a.jpg', BASE)).to.equal('https://news.example/img/a.jpg');
    expect(safeUrl('/about', BASE)).to.equal('https://news.example/about');
    expect(safeUrl('?page=2', BASE)).to.equal('https://news.example/data/timeline.json?page=2');
    expect(safeUrl('#event-3', BASE)).to.equal('https://news.example/data/timeline.json#event-3');
  });

  it('resolves against whichever base it is given', () => {
    expect(safeUrl('a.jpg', 'http://other.example/x/y.json')).to.equal('http://other.example/x/a.jpg');
  });

  it('ignores whitespace around an address, as browsers do', () => {
    expect(safeUrl('  https://un.example/  ', BASE)).to.equal('https://un.example/');
    expect(safeUrl('\nstory.html\t', BASE)).to.equal('https://news.example/data/story.html');
  });
});

describe('an editor writes a protocol-relative address, as TimelineJS data often does', () => {
  it('takes the scheme of the data file: https on an https page, http on an http one', () => {
    expect(safeUrl('//upload.wikimedia.org/a.jpg', BASE)).to.equal('https://upload.wikimedia.org/a.jpg');
    expect(safeUrl('//upload.wikimedia.org/a.jpg', 'http://news.example/t.json')).to.equal('http://upload.wikimedia.org/a.jpg');
  });

  it('reads it as a browser would, around spaces and tabs', () => {
    expect(safeUrl('  //upload.wikimedia.org/a.jpg ', BASE)).to.equal('https://upload.wikimedia.org/a.jpg');
    expect(safeUrl('/\t/upload.wikimedia.org/a.jpg', BASE)).to.equal('https://upload.wikimedia.org/a.jpg');
  });

  it('means the web, over https, when the data has no web address (a file on disk)', () => {
    expect(safeUrl('//upload.wikimedia.org/a.jpg', 'file:///home/desk/timeline.json')).to.equal('https://upload.wikimedia.org/a.jpg');
    expect(safeUrl('a.jpg', 'file:///home/desk/timeline.json')).to.equal(undefined);
  });
});

describe('an editor pastes the page of an image instead of the image', () => {
  it('finds the file of a Wikimedia Commons file page, scaled, with no API request', () => {
    const file = 'https://commons.wikimedia.org/wiki/Special:FilePath/Sputnik_asm.jpg?width=1280';
    expect(imageAddress('https://commons.wikimedia.org/wiki/File:Sputnik_asm.jpg')).to.equal(file);
    expect(imageAddress('https://commons.m.wikimedia.org/wiki/File:Sputnik_asm.jpg#/media/x')).to.equal(
      'https://commons.m.wikimedia.org/wiki/Special:FilePath/Sputnik_asm.jpg?width=1280',
    );
    expect(imageAddress('HTTPS://commons.wikimedia.org/wiki/File:Caf%C3%A9_1.png?uselang=id')).to.equal(
      'HTTPS://commons.wikimedia.org/wiki/Special:FilePath/Caf%C3%A9_1.png?width=1280',
    );
  });

  it('finds the image of a Google Drive share link, with no API request', () => {
    const image = 'https://drive.google.com/uc?export=view&id=1a2B3c_-XyZ';
    expect(imageAddress('https://drive.google.com/file/d/1a2B3c_-XyZ/view?usp=sharing')).to.equal(image);
    expect(imageAddress('https://drive.google.com/file/d/1a2B3c_-XyZ')).to.equal(image);
    expect(imageAddress('https://drive.google.com/open?id=1a2B3c_-XyZ')).to.equal(image);
    expect(imageAddress('https://drive.google.com/uc?id=1a2B3c_-XyZ&export=download')).to.equal(image);
  });

  it('leaves every other address alone', () => {
    for (const url of [
      'https://upload.wikimedia.org/wikipedia/commons/b/be/Sputnik_asm.jpg',
      'https://en.wikipedia.org/wiki/File:Sputnik_asm.jpg',
      'https://commons.wikimedia.org/wiki/Category:Sputnik',
      'https://commons.wikimedia.org.evil.example/wiki/File:x.jpg',
      'https://drive.google.com/drive/folders/1a2B3c',
      'https://docs.google.com/document/d/1a2B3c/edit',
    ]) {
      expect(imageAddress(url), url).to.equal(undefined);
    }
  });
});

describe('a hostile or careless address is dropped', () => {
  const rejected: [string, string][] = [
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in mixed case', 'JavaScript:alert(1)'],
    ['javascript: after spaces', '  javascript:alert(1)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)'],
    ['javascript: split by a newline', 'java\nscript:alert(1)'],
    ['javascript: split by a carriage return', 'java\rscript:alert(1)'],
    ['javascript: after a control character', '\u0001javascript:alert(1)'],
    ['javascript: after a NUL', '\u0000javascript:alert(1)'],
    ['javascript: with a tab before the colon', 'javascript\t:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['blob:', 'blob:https://news.example/0b5c6d2e-1111-2222-3333-444455556666'],
    ['mailto:', 'mailto:desk@news.example'],
    ['ftp:', 'ftp://files.example/a'],
    ['backslash protocol-relative', '\\\\evil.example'],
    ['slash-backslash protocol-relative', '/\\evil.example'],
    ['backslash-slash protocol-relative', '\\/evil.example'],
    ['triple slash', '///evil.example'],
  ];
  for (const [name, value] of rejected) {
    it(`rejects ${name} (${JSON.stringify(value)})`, () => {
      expect(safeUrl(value, BASE)).to.equal(undefined);
    });
  }

  it('keeps "javascript&colon;" harmless: a relative path under the base, not a script', () => {
    const result = safeUrl('javascript&colon;alert(1)', BASE);
    expect(result).to.be.a('string');
    const url = new URL(result!);
    expect(url.protocol).to.equal('https:');
    expect(url.origin).to.equal('https://news.example');
    expect(url.pathname.startsWith('/data/')).to.equal(true);
  });

  it('never returns anything but an http(s) address', () => {
    const inputs = [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:,x',
      'about:blank',
      'chrome://settings',
      'ws://socket.example',
      'https://ok.example/',
      'ok.html',
      'x:y',
      '',
    ];
    for (const input of inputs) {
      const result = safeUrl(input, BASE);
      if (result !== undefined) expect(new URL(result).protocol, input).to.be.oneOf(['http:', 'https:']);
    }
    expect(safeUrl('x:y', BASE)).to.equal(undefined);
    expect(safeUrl('about:blank', BASE)).to.equal(undefined);
  });
});
