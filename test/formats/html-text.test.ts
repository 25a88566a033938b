import {expect} from '@open-wc/testing';
import {htmlLinks, htmlToLine, htmlToText} from '../../src/formats/html-text.js';
import {expectLinearGrowth} from '../growth.js';

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

  it('decodes every Latin-1 name, as European newsrooms write them', () => {
    expect(htmlToText('Gr&uuml;ne Au&szlig;enminister &Eacute;lys&eacute;e Caf&eacute; &Aring;se &ntilde; &ccedil;a')).to.equal('Grüne Außenminister Élysée Café Åse ñ ça');
    expect(htmlToText('&iexcl;&cent;&pound;&yen;&sect;&deg;&plusmn;&sup2;&micro;&para;&middot;&frac12;&iquest;&times;&divide;&THORN;&thorn;&yuml;')).to.equal('¡¢£¥§°±²µ¶·½¿×÷Þþÿ');
    const names = 'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
    const all = Array.from({length: 96}, (_, i) => String.fromCharCode(160 + i)).join('|');
    expect(htmlToLine(`[${names.split(' ').map((name) => `&${name};`).join('|')}]`)).to.equal(`[${all}]`);
  });

  it('decodes the typography and Windows-1252 names editors paste', () => {
    expect(htmlToText('&euro; &sbquo;&bdquo;&ldquo; &lsaquo;&rsaquo; &bull; &trade; &dagger;&Dagger; &permil; &OElig;&oelig; &Scaron;&scaron; &Yuml; &fnof; &circ;&tilde; &prime;&Prime; &larr;&rarr;&uarr;&darr;&harr;')).to.equal(
      '€ ‚„“ ‹› • ™ †‡ ‰ Œœ Šš Ÿ ƒ ˆ˜ ′″ ←→↑↓↔',
    );
    expect(htmlToText('a&thinsp;b&ensp;c&emsp;d&zwj;e&zwnj;f&lrm;g&rlm;h')).to.equal('a\u2009b\u2002c\u2003d\u200de\u200cf\u200eg\u200fh');
  });

  it('decodes names in their own case only', () => {
    expect(htmlToText('&Uuml;&uuml; &UUML; &EURO;')).to.equal('Üü &UUML; &EURO;');
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

describe('an editor links words in HTML text', () => {
  it('finds each link with its address and its words, in order', () => {
    expect(htmlLinks('<p>Read <a class="x" href="https://a.example/?q=1&amp;r=2">our <em>guide</em></a>, <A HREF=\'b\'>B</A> and <a name="x">no link</a>.</p>')).to.deep.equal([
      ['https://a.example/?q=1&r=2', 'our guide'],
      ['b', 'B'],
    ]);
  });

  it('ends a link left open at the next link, and drops one open to the end', () => {
    expect(htmlLinks('<a href="https://a.example/">A <a href=https://b.example/>B')).to.deep.equal([['https://a.example/', 'A']]);
  });

  it('finds no link in comments or scripts', () => {
    expect(htmlLinks('<!-- <a href="https://a.example/">A</a> --><script>"<a href=https://b.example/>B</a>"</script>')).to.deep.equal([]);
  });

  it('reads a long run of links without a closing > in linear time', async () => {
    const unclosed = (size: number) => htmlLinks('<a href=x '.repeat(size));
    expect(unclosed(1000)).to.deep.equal([]);
    await expectLinearGrowth(unclosed, {size: 1000, label: 'links without a closing >'});
  });

  it('reads a long run of links without an </a> in linear time', async () => {
    const unended = (size: number) => htmlLinks('<a href="https://a.example/">'.repeat(size));
    expect(unended(8000).length).to.equal(7999);
    await expectLinearGrowth(unended, {size: 8000, label: 'links without an </a>'});
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

  it('reduces a long run of unclosed tags in linear time', async () => {
    const tags = (size: number) => htmlToText('<a '.repeat(size) + '"');
    expect(tags(1000)).to.equal('');
    await expectLinearGrowth(tags, {size: 1000, label: 'tags left open, then a quote'});
  });

  it('reduces a long run of unclosed comments in linear time', async () => {
    const comments = (size: number) => htmlToText('<!--'.repeat(size));
    expect(comments(1000)).to.equal('');
    await expectLinearGrowth(comments, {size: 1000, label: 'comments left open'});
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
