import { describe, expect, it } from 'vitest';
import {
  applyFormat,
  escapeHtml,
  htmlToText,
  textToHtml,
} from '../../../../../../renderer/src/features/composer/simple-html.js';

describe('textToHtml', () => {
  it.each([
    { text: 'Hello', want: '<p>Hello</p>', why: 'one paragraph' },
    { text: 'a\nb', want: '<p>a<br>\nb</p>', why: 'single newline is a line break' },
    { text: 'a\n\nb', want: '<p>a</p>\n<p>b</p>', why: 'blank line starts a paragraph' },
    { text: 'a\r\n\r\nb', want: '<p>a</p>\n<p>b</p>', why: 'CRLF from a paste' },
    { text: '1 < 2 & "x"', want: '<p>1 &lt; 2 &amp; &quot;x&quot;</p>', why: 'text never becomes markup' },
    {
      text: '<img src=x onerror=alert(1)>',
      want: '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
      why: 'pasted tags are escaped',
    },
    { text: '', want: '', why: 'empty body' },
  ])('$why', ({ text, want }) => {
    expect(textToHtml(text)).toBe(want);
  });
});

describe('htmlToText', () => {
  it.each([
    { html: '<p>Hello</p>', want: 'Hello', why: 'paragraph' },
    { html: '<p>a</p><p>b</p>', want: 'a\n\nb', why: 'paragraphs are separated by a blank line' },
    { html: 'a<br>b<br/>c', want: 'a\nb\nc', why: 'line breaks' },
    { html: '<b>大切</b>なお知らせ', want: '大切なお知らせ', why: 'inline tags vanish, CJK stays' },
    { html: '<ul><li>one</li><li>two</li></ul>', want: '- one\n- two', why: 'list items become dashes' },
    {
      html: '<a href="https://track.example/1">追跡</a>',
      want: '追跡 (https://track.example/1)',
      why: 'a link keeps its address in the plain part (the gate must see it)',
    },
    {
      html: '<a href="https://x.example">https://x.example</a>',
      want: 'https://x.example',
      why: 'a link labelled with its own address is not doubled',
    },
    { html: 'a &amp; b &lt;c&gt; &#26085;&#x672C;', want: 'a & b <c> 日本', why: 'entities are decoded' },
    { html: '&#xD800;', want: '&#xD800;', why: 'a lone surrogate entity is left as written' },
    { html: '<style>p{color:red}</style><p>x</p>', want: 'x', why: 'style content is not text' },
    { html: '<p>a</p>\n\n\n<p>b</p>', want: 'a\n\nb', why: 'source newlines do not add blank lines' },
  ])('$why', ({ html, want }) => {
    expect(htmlToText(html)).toBe(want);
  });

  it.each(['Hello', 'a\nb', 'a\n\nb', '注文番号 503-1234567-1234567 の件'])(
    'plain text survives a round trip through the HTML mode: %s',
    (text) => {
      expect(htmlToText(textToHtml(text))).toBe(text);
    },
  );
});

describe('applyFormat', () => {
  it.each([
    {
      text: 'say hi now',
      s: 4,
      e: 6,
      f: 'bold',
      href: '',
      want: 'say <b>hi</b> now',
      sel: 'hi',
      why: 'bold wraps the selection',
    },
    {
      text: 'say hi now',
      s: 6,
      e: 4,
      f: 'italic',
      href: '',
      want: 'say <i>hi</i> now',
      sel: 'hi',
      why: 'a backwards selection',
    },
    {
      text: 'abc',
      s: 3,
      e: 3,
      f: 'bold',
      href: '',
      want: 'abc<b></b>',
      sel: '',
      why: 'empty selection inserts a stub with the caret inside',
    },
    {
      text: 'see here',
      s: 4,
      e: 8,
      f: 'link',
      href: 'https://a.example/?q="x"',
      want: 'see <a href="https://a.example/?q=&quot;x&quot;">here</a>',
      sel: 'here',
      why: 'link href is escaped so it cannot break out of the attribute',
    },
    {
      text: 'go ',
      s: 3,
      e: 3,
      f: 'link',
      href: 'https://a.example',
      want: 'go <a href="https://a.example">https://a.example</a>',
      sel: 'https://a.example',
      why: 'a link with no selection shows its address',
    },
    {
      text: 'one\ntwo\n\nthree',
      s: 0,
      e: 14,
      f: 'list',
      href: '',
      want: '<ul>\n  <li>one</li>\n  <li>two</li>\n  <li>three</li>\n</ul>',
      sel: '  <li>one</li>\n  <li>two</li>\n  <li>three</li>',
      why: 'each non-empty selected line becomes an item',
    },
    {
      text: 'abc',
      s: -4,
      e: 99,
      f: 'bold',
      href: '',
      want: '<b>abc</b>',
      sel: 'abc',
      why: 'out-of-range selection is clamped',
    },
  ] as const)('$why', ({ text, s, e, f, href, want, sel }) => {
    const edit = applyFormat(text, s, e, f, href);
    expect(edit.text).toBe(want);
    expect(edit.text.slice(edit.selStart, edit.selEnd)).toBe(sel);
  });

  it('escapeHtml escapes exactly the four characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;");
  });
});
