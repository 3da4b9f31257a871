import { describe, expect, it } from 'vitest';
import { check, hitsOf, WHOLE, type Got } from './run-rules.js';

const cases: Array<[lang: string, body: string, expected: Got[], why: string]> = [
  ['ja', 'お世話になっております。\n\n発送しました。', [], 'one blank line between paragraphs'],
  ['ja', 'お世話になっております。\n\n\n発送しました。', [], 'exactly 2 blank lines: still a style'],
  [
    'ja',
    'お世話になっております。\n\n\n\n発送しました。',
    [['body', '\n\n\n\n']],
    'exactly 3 blank lines: the boundary',
  ],
  [
    'ja',
    'お世話になっております。\n\u3000\n \n\t\n発送しました。',
    [['body', '\n\u3000\n \n\t\n']],
    'full-width space, space and tab lines are blank',
  ],
  ['zh', '您好。\n\n\n您的订单已发货。', [], 'exactly 2 blank lines'],
  [
    'zh',
    '您好。\r\n\r\n\r\n\r\n您的订单已发货。',
    [['body', '\r\n\r\n\r\n\r\n']],
    'CRLF counts as one break each',
  ],
  [
    'zh',
    '您好。\n\n\n\n\n\n\n订单已发货。\n\n\n\n谢谢。',
    [
      ['body', '\n\n\n\n\n\n\n'],
      ['body', '\n\n\n\n'],
    ],
    'each run gets its own span',
  ],
  ['ko', '안녕하세요.\n\n\n감사합니다.', [], 'exactly 2 blank lines'],
  ['ko', '\n\n\n안녕하세요.', [['body', '\n\n\n']], '3 blank lines at the start (no text line to end)'],
  ['ko', '\n\n안녕하세요.', [], '2 blank lines at the start'],
  ['ko', '안녕하세요.\n\n\n\n', [['body', '\n\n\n\n']], '3 blank lines at the end'],
  ['ko', '안녕하세요.\n\n\n', [], '2 blank lines at the end'],
  ['en', 'Hello,\n\nYour parcel left today.\n\nBest regards', [], 'an ordinary letter'],
  [
    'en',
    'Hello,\n\u00a0\n\u200b\n\ufeff\nBye',
    [['body', '\n\u00a0\n\u200b\n\ufeff\n']],
    'NBSP, zero-width space, BOM lines are blank',
  ],
  ['en', 'Hello,\n\n\nA\n\n\nB\n\n\nBye', WHOLE, 'airy throughout: 6 blank lines for 4 text lines'],
  ['en', 'Hello,\n\n\nA\n\n\nBye', [], 'airy but only 4 blank lines: under the total minimum'],
  [
    'en',
    'One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven\n\nEight',
    [],
    'one blank line between many paragraphs never trips the total',
  ],
  ['en', '', [], 'empty body'],
];

describe('blank-lines', () => {
  it.each(cases)('%s: %j -> %j (%s)', (_lang, body, expected) => {
    expect(hitsOf('blank-lines', { body })).toEqual(expected);
  });
});

describe('blank-lines spans are offsets into the original body', () => {
  it.each([
    ['Hi\n\n\n\nBye', 2, 6, 'from the break ending "Hi" to after the last break'],
    ['Hi  \n\u3000\n\n\n  Bye', 4, 9, 'trailing spaces of the text lines stay outside'],
    ['\n\n\nHi', 0, 3, 'a run at the start begins at 0'],
  ])('%j -> [%i, %i) (%s)', (body, start, end) => {
    const [f] = check({ body }).filter((x) => x.rule === 'blank-lines');
    expect([f?.start, f?.end]).toEqual([start, end]);
  });
});

const html: Array<[html: string, expected: Got[], why: string]> = [
  ['<p>ご注文ありがとうございます。</p><p>発送しました。</p>', [], 'plain paragraphs'],
  ['您好<br><br><br>谢谢', [], '3 <br>: 2 blank lines'],
  ['您好<br><br><br><br>谢谢', [['html', '<br><br><br><br>']], '4 <br>: 3 blank lines'],
  [
    '안녕하세요<p>&nbsp;</p><p></p>\n<p><br></p>감사합니다',
    [['html', '<p>&nbsp;</p><p></p>\n<p><br></p>']],
    '3 empty paragraphs',
  ],
  ['Hello<BR/>\n<br />\n<div> </div>Bye', [], 'mixed: 2 blank lines'],
  [
    'Hello<BR/>\n<br />\n<div> </div><br>Bye',
    [['html', '<BR/>\n<br />\n<div> </div><br>']],
    'mixed: 3 blank lines',
  ],
];

describe('blank-lines in the HTML version', () => {
  it.each(html)('%j -> %j (%s)', (h, expected) => {
    expect(hitsOf('blank-lines', { body: 'x', html: h })).toEqual(expected);
  });
});
