import { describe, expect, it } from 'vitest';
import type { ComplianceDraft, DraftAttachment } from '../../../../../../shared/domain/compliance/types.js';
import { hitsOf, type Got } from './run-rules.js';

const att = (filename: string, contentType: string): DraftAttachment => ({
  filename,
  contentType,
  size: 1000,
  purpose: 'instructions',
});

const cases: Array<[lang: string, draft: Partial<ComplianceDraft>, expected: Got[], why: string]> = [
  ['ja', { body: 'ご迷惑をおかけしました👎' }, [['body', '👎']], 'thumbs-down'],
  ['ja', { body: '了解です👍' }, [], 'thumbs-up is fine'],
  ['ja', { body: '残念です👎🏿️。' }, [['body', '👎🏿️']], 'skin tone and VS16 are part of the emoji'],
  [
    'ja',
    { body: '説明書はこちら https://example.jp/anim.gif をご覧ください' },
    [['body', 'https://example.jp/anim.gif']],
    'link to a GIF inside Japanese text',
  ],
  ['ja', { body: 'ＧＩＦ画像は添付できません' }, [], 'talking about GIFs is not a GIF'],
  ['zh', { subject: '您好👎🏻', body: '谢谢' }, [['subject', '👎🏻']], 'in the subject too'],
  [
    'zh',
    { body: '请看 https://media.giphy.com/media/abc/giphy.mp4 谢谢' },
    [['body', 'https://media.giphy.com/media/abc/giphy.mp4']],
    'a GIF host, whatever the extension',
  ],
  ['zh', { body: '文件名是 photo.gif 吗' }, [], 'a file name in a sentence is not a link'],
  ['zh', { body: '礼物 gift.com/gifts' }, [], '".gift" is not ".gif"'],
  ['ko', { body: '확인했습니다 🖕' }, [['body', '🖕']], 'middle finger: an offensive gesture'],
  ['ko', { body: '감사합니다 🙏😊' }, [], 'friendly emoji are fine'],
  [
    'ko',
    { body: '참고: www.example.kr/img/a.GIF?x=1' },
    [['body', 'www.example.kr/img/a.GIF?x=1']],
    'upper case and a query string',
  ],
  [
    'en',
    { body: 'Sorry 👎 and again 👎🏽' },
    [
      ['body', '👎'],
      ['body', '👎🏽'],
    ],
    'each emoji separately',
  ],
  [
    'en',
    { body: 'See (https://tenor.com/view/thanks-123)' },
    [['body', 'https://tenor.com/view/thanks-123']],
    'tenor link; parentheses end the link',
  ],
  ['en', { body: 'We cannot accept GIF files, sorry.' }, [], 'the word GIF alone'],
  ['en', { body: 'Manual: https://example.com/manual.pdf' }, [], 'a PDF link is not a GIF'],
];

describe('gif-or-thumbs-down in subject and body', () => {
  it.each(cases)('%s: %j -> %j (%s)', (_lang, draft, expected) => {
    expect(hitsOf('gif-or-thumbs-down', draft)).toEqual(expected);
  });
});

const html: Array<[html: string, expected: Got[], why: string]> = [
  [
    '<p>ありがとう</p><img src="https://cdn.example.jp/a.gif">',
    [['html', 'https://cdn.example.jp/a.gif']],
    'img with a GIF src',
  ],
  [
    '<p>谢谢</p><img src="anim.gif" alt="">',
    [['html', 'anim.gif']],
    'relative src: an attribute value counts',
  ],
  [
    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
    [['html', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=']],
    'inline data URI',
  ],
  ['<p>감사합니다 👎</p>', [['html', '👎']], 'emoji in the HTML version'],
  ['<p>Thanks</p><img src="https://cdn.example.com/logo.png">', [], 'PNG image'],
  ['<p>photo.gif を送ってください</p>', [], 'a file name in text, not an attribute'],
];

describe('gif-or-thumbs-down in the HTML version', () => {
  it.each(html)('%j -> %j (%s)', (h, expected) => {
    expect(hitsOf('gif-or-thumbs-down', { body: 'x', html: h })).toEqual(expected);
  });
});

const attachments: Array<[list: DraftAttachment[], expected: Got[], why: string]> = [
  [
    [att('説明書.pdf', 'application/pdf'), att('anim.gif', 'image/gif')],
    [['attachments', '#1']],
    'GIF by type and name',
  ],
  [[att('動画.png', 'image/gif; charset=binary')], [['attachments', '#0']], 'GIF bytes behind a PNG name'],
  [
    [att('사진.GIF', 'application/octet-stream')],
    [['attachments', '#0']],
    'the name alone: the buyer sees .GIF',
  ],
  [[att('photo.png', 'image/png'), att('gift-card.pdf', 'application/pdf')], [], 'no GIF'],
];

describe('gif-or-thumbs-down on attachments', () => {
  it.each(attachments)('%j -> %j (%s)', (list, expected) => {
    expect(hitsOf('gif-or-thumbs-down', { body: 'x', attachments: list })).toEqual(expected);
  });
});
