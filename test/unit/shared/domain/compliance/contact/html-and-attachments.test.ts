import { describe, expect, it } from 'vitest';
import type { DraftAttachment, RuleId } from '../../../../../../shared/domain/compliance/types.js';
import { contactHits, type Lang } from './contact-check.js';

const CONFIRMED = ['https://cdn.example.com/manual'];

// [language, html, expected [rule, excerpt of the html], why it matters]
const HTML: Array<[Lang, string, Array<[RuleId, string]>, string]> = [
  [
    'en',
    '<p>Thanks</p><img src="https://t.example.com/o.gif" width="1" height="1">',
    [['html-tracking-pixel', '<img src="https://t.example.com/o.gif" width="1" height="1">']],
    '1×1 pixel',
  ],
  [
    'ja',
    '<p>ありがとうございます</p><img src="https://t.example.jp/p.png" style="width:0px;height:0px">',
    [['html-tracking-pixel', '<img src="https://t.example.jp/p.png" style="width:0px;height:0px">']],
    'zero size in CSS',
  ],
  [
    'zh',
    '<p>谢谢</p><img src="https://t.example.cn/p.png" style="display:none">',
    [['html-tracking-pixel', '<img src="https://t.example.cn/p.png" style="display:none">']],
    'display:none',
  ],
  [
    'ko',
    '<div style="visibility: hidden"><p>감사합니다</p><img src="https://t.example.kr/p.png"></div>',
    [['html-tracking-pixel', '<img src="https://t.example.kr/p.png">']],
    'inside a hidden element',
  ],
  [
    'en',
    '<div style="background-image: url(https://t.example.com/b.png)">Hi</div>',
    [['html-tracking-pixel', 'https://t.example.com/b.png']],
    'CSS background beacon',
  ],
  [
    'ja',
    '<img src="http://example.jp/photo.jpg" width="300">',
    [['html-insecure-image', 'http://example.jp/photo.jpg']],
    'http image',
  ],
  [
    'zh',
    '<img src="//cdn.example.cn/a.png" width="200">',
    [['html-insecure-image', '//cdn.example.cn/a.png']],
    'protocol-relative image',
  ],
  [
    'ko',
    '<img srcset="https://a.example.kr/1.png 1x, http://a.example.kr/2.png 2x" src="https://a.example.kr/1.png">',
    [['html-insecure-image', 'http://a.example.kr/2.png']],
    'one srcset entry over http',
  ],
  [
    'en',
    '<img src="data:image/svg+xml;base64,PHN2Zz4=" width="100">',
    [['html-insecure-image', 'data:image/svg+xml;base64,PHN2Zz4=']],
    'SVG can carry script',
  ],
  [
    'en',
    '<p style="color:red">Hi</p><img src="https://cdn.example.com/manual" width="400" height="300">',
    [],
    'visible https image',
  ],
  [
    'ja',
    '<p>写真です</p><img src="cid:photo1@local" width="300"><img src="data:image/png;base64,iVBORw0KGgo=" width="120">',
    [],
    'inline attachment and data: raster image',
  ],
  [
    'zh',
    '<div style="display:none">x</div><p>谢谢</p><img src="https://cdn.example.com/manual" width="50">',
    [],
    'a closed hidden element hides nothing after it',
  ],
  ['ko', '<p>감사합니다 3.5kg</p><!-- <img src="http://x.example.kr/a.png"> -->', [], 'commented-out image'],
  [
    'en',
    '<p>See <a href="http://example.com/x">here</a> or <a href="https://cdn.example.com/manual">the manual</a></p>',
    [['link-insecure', 'http://example.com/x']],
    'links in href are links; confirmed https is fine',
  ],
  [
    'ja',
    '<p>ご連絡は<b>shop@example.jp</b>まで、電話<b>090-1234-5678</b></p>',
    [
      ['email-address', 'shop@example.jp'],
      ['phone-number', '090-1234-5678'],
    ],
    'contact details in the HTML text',
  ],
];

describe('html rules', () => {
  it.each(HTML)('%s: %s', (_lang, html, expected) => {
    const hits = contactHits({ html, confirmedLinks: CONFIRMED });
    for (const h of hits) expect(h.field).toBe('html');
    for (const h of hits) expect(html.slice(h.start, h.end)).toBe(h.excerpt);
    expect(hits.map((h) => [h.rule, h.excerpt])).toEqual(expected);
  });

  it('reads no html when the draft has none', () => {
    expect(contactHits({ body: 'Hi', html: null })).toEqual([]);
  });
});

const MB = 1024 * 1024;
const att = (filename: string, contentType: string, size = 100_000): DraftAttachment => ({
  filename,
  contentType,
  size,
});

// [language, attachments, expected [rule, detail] per finding, why it matters]
const ATTACHMENTS: Array<[Lang, DraftAttachment[], Array<[RuleId, number, string]>, string]> = [
  [
    'ja',
    [
      att('請求書.pdf', 'application/pdf'),
      att('説明書.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ],
    [],
    'PDF and Word',
  ],
  [
    'zh',
    [
      att('发票.doc', 'application/msword'),
      att('照片.heic', 'image/heic'),
      att('清单.csv', 'text/csv; charset=utf-8'),
    ],
    [],
    'old Word, iPhone photo, CSV with parameters',
  ],
  [
    'ko',
    [att('사진.JPG', 'IMAGE/JPEG'), att('안내.txt', 'text/plain'), att('a.webp', 'image/webp')],
    [],
    'case-insensitive types',
  ],
  ['en', [att('invoice.pdf', 'application/pdf', 7 * MB)], [], 'exactly the limit is allowed'],
  [
    'ja',
    [att('請求書.pdf', 'application/pdf'), att('setup.exe', 'application/x-msdownload')],
    [['attachment-type', 1, 'setup.exe']],
    'an executable',
  ],
  [
    'zh',
    [att('发票.zip', 'application/zip')],
    [['attachment-type', 0, '发票.zip']],
    'archives hide their content',
  ],
  [
    'ko',
    [att('안내.svg', 'image/svg+xml'), att('영상.mp4', 'video/mp4', 9 * MB)],
    [
      ['attachment-type', 0, '안내.svg'],
      ['attachment-type', 1, '영상.mp4'],
      ['attachment-too-large', 1, '영상.mp4'],
    ],
    'SVG, video, too large',
  ],
  [
    'en',
    [att('invoice.pdf', 'application/pdf', 7 * MB + 1)],
    [['attachment-too-large', 0, 'invoice.pdf']],
    'one byte over',
  ],
  [
    'en',
    [att('report.pdf', 'application/x-pdf-renamed')],
    [['attachment-type', 0, 'report.pdf']],
    'the name does not decide, the content type does',
  ],
];

describe('attachment rules', () => {
  it.each(ATTACHMENTS)('%s: %j', (_lang, attachments, expected) => {
    const hits = contactHits({ attachments });
    for (const h of hits) expect([h.field, h.end - h.start]).toEqual(['attachments', 1]);
    expect(hits.map((h) => [h.rule, h.start, h.detail])).toEqual(expected);
  });

  it('follows the size setting and the switches', () => {
    const attachments = [att('a.pdf', 'application/pdf', 2 * MB), att('b.exe', 'application/x-msdownload')];
    expect(contactHits({ attachments }, { maxAttachmentBytes: MB }).map((h) => h.rule)).toEqual([
      'attachment-too-large',
      'attachment-type',
    ]);
    expect(contactHits({ attachments }, { disabledRules: ['attachment-type'] }).map((h) => h.rule)).toEqual(
      [],
    );
  });
});
