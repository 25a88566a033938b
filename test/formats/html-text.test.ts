import {expect} from '@open-wc/testing';
import {htmlToLine, htmlToText} from '../../src/formats/html-text.js';

describe('an editor brings text written as HTML', () => {
  it('turns paragraphs into paragraphs separated by a blank line', () => {
    expect(htmlToText('<p>One.</p><p class="lead">Two.</p>')).to.equal('One.\n\nTwo.');
  });

  it('starts a paragraph at block elements, opening or closing', () => {
    expect(htmlToText('Intro<div>Box</div><h2>Head</h2>after<blockquote>Quote</blockquote>')).to.equal(
      'Intro\n\nBox\n\nHead\n\nafter\n\nQuote',
    );
  });

  it('gives each list item a paragraph of its own', () => {
    expect(htmlToText('<p>The crew:</p><ul><li>Armstrong</li><li>Aldrin</li></ul>')).to.equal('The crew:\n\nArmstrong\n\nAldrin');
  });

  it('keeps <br> as a line break inside the paragraph', () => {
    expect(htmlToText('<p>Line one<br>line two<br/>line three</p>')).to.equal('Line one\nline two\nline three');
  });

  it('reads two <br> in a row as a new paragraph', () => {
    expect(htmlToText('One<br><br>Two')).to.equal('One\n\nTwo');
  });

  it('drops inline tags and keeps their words', () => {
    expect(htmlToText('A <b>bold</b> <a href="https://x.example/">link</a> and <em>more</em>')).to.equal('A bold link and more');
  });

  it('reads a > inside a quoted attribute as part of the tag', () => {
    expect(htmlToText('<a title="x > y" href=\'a>b\'>link</a> text')).to.equal('link text');
  });

  it('collapses the source line breaks and spaces of HTML, as a browser does', () => {
    expect(htmlToText('<p>A sentence\n   wrapped  in the\tsource.</p>\n\n<p>Next</p>')).to.equal(
      'A sentence wrapped in the source.\n\nNext',
    );
  });

  it('still reads a blank line in HTML as a new paragraph', () => {
    expect(htmlToText('First <b>part</b>.\n\nSecond part.')).to.equal('First part.\n\nSecond part.');
  });

  it('keeps the line breaks of text without any tag, as the editor typed them', () => {
    expect(htmlToText('Line one\nline two\r\n\r\nNew paragraph  with   spaces')).to.equal(
      'Line one\nline two\n\nNew paragraph with spaces',
    );
  });

  it('reads plain words as they are, runs of spaces and tabs collapsed', () => {
    expect(htmlToText('  Kim  meets\tPutin \u00a0')).to.equal('Kim meets Putin');
    expect(htmlToText('')).to.equal('');
  });

  it('drops empty paragraphs, including those holding only &nbsp;', () => {
    expect(htmlToText('<p>&nbsp;</p><p></p><p>Text</p><p> </p>')).to.equal('Text');
  });

  it('returns an empty string for markup without words', () => {
    expect(htmlToText('<p><br></p><img src="a.jpg">')).to.equal('');
  });
});

describe('an editor writes entities', () => {
  it('decodes the named entities of HTML and common typography', () => {
    expect(htmlToText('&amp; &lt; &gt; &quot; &#39; &apos; &mdash; &ndash; &hellip; &ldquo;q&rdquo; &lsquo;s&rsquo;')).to.equal(
      '& < > " \' \' — – … “q” ‘s’',
    );
  });

  it('decodes decimal and hexadecimal character references', () => {
    expect(htmlToText('&#8220;Hi&#8221; &#x2019; &#X1F680;')).to.equal('“Hi” ’ 🚀');
  });

  it('keeps &nbsp; as a no-break space, which does not collapse', () => {
    expect(htmlToText('<p>58&nbsp;cm, 10&nbsp;&nbsp;km</p>')).to.equal('58\u00a0cm, 10\u00a0\u00a0km');
  });

  it('writes impossible character references as U+FFFD', () => {
    expect(htmlToText('a&#0;b&#xD800;c&#1114112;d')).to.equal('a\ufffdb\ufffdc\ufffdd');
  });

  it('leaves unknown entities and a bare & as written', () => {
    expect(htmlToText('AT&T &bogus; &amp')).to.equal('AT&T &bogus; &amp');
  });

  it('decodes once: &amp;lt; is the text &lt;', () => {
    expect(htmlToText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });
});

describe('a hostile file puts code in text', () => {
  it('drops scripts and styles with their content', () => {
    expect(htmlToText('<p>Hi<script>alert(1)</script></p><style>p{color:red}</style><p>there</p>')).to.equal('Hi\n\nthere');
  });

  it('drops a script left open to the end of the text', () => {
    expect(htmlToText('Before<script>alert(1)')).to.equal('Before');
  });

  it('drops comments, declarations and tags left open at the end', () => {
    expect(htmlToText('<!DOCTYPE html><!-- a <p>comment</p> -->Text<img src=x onerror=alert(1)')).to.equal('Text');
  });

  it('never leaves a tag in the text: what is left is words', () => {
    const text = htmlToText('<img src=x onerror="alert(1)"><svg onload=alert(1)><iframe src="javascript:alert(1)"></iframe>ok');
    expect(text).to.equal('ok');
  });

  it('keeps escaped markup as visible characters, for the renderer to set as text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });

  it('reduces a long run of unclosed tags in linear time', () => {
    const started = performance.now();
    expect(htmlToText('<a '.repeat(100_000) + '"')).to.equal('');
    expect(htmlToText('<!--'.repeat(100_000))).to.equal('');
    expect(performance.now() - started).to.be.below(1000);
  });
});

describe('an editor writes a headline, caption or credit in HTML', () => {
  it('reads it as one line', () => {
    expect(htmlToLine('<p>The race</p><p>to the <em>Moon</em></p>')).to.equal('The race to the Moon');
    expect(htmlToLine('Two<br>lines')).to.equal('Two lines');
  });

  it('keeps a no-break space', () => {
    expect(htmlToLine('Apollo&nbsp;11')).to.equal('Apollo\u00a011');
  });
});
