import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/data/safe-url.js';

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
    ['protocol-relative', '//evil.example/x'],
    ['protocol-relative after spaces', '  //evil.example/x'],
    ['protocol-relative split by a tab', '/\t/evil.example/x'],
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
