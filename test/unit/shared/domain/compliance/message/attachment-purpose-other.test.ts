import { describe, expect, it } from 'vitest';
import type { DraftAttachment } from '../../../../../../shared/domain/compliance/types.js';
import { check } from './run-rules.js';

const att = (filename: string, purpose?: DraftAttachment['purpose']): DraftAttachment =>
  purpose === undefined
    ? { filename, contentType: 'application/pdf', size: 1000 }
    : { filename, contentType: 'application/pdf', size: 1000, purpose };

/** expected: [index, filename] of each warning. */
const cases: Array<[lang: string, list: DraftAttachment[], expected: Array<[number, string]>, why: string]> =
  [
    ['ja', [att('請求書.pdf', 'invoice')], [], 'invoice'],
    [
      'ja',
      [att('請求書.pdf', 'invoice'), att('カタログ.pdf', 'other')],
      [[1, 'カタログ.pdf']],
      'a catalogue is "other"',
    ],
    ['zh', [att('保修卡.pdf', 'warranty')], [], 'warranty'],
    [
      'zh',
      [att('优惠券.pdf', 'other'), att('说明书.pdf', 'other')],
      [
        [0, '优惠券.pdf'],
        [1, '说明书.pdf'],
      ],
      'each one warns',
    ],
    ['ko', [att('사용설명서.pdf', 'instructions')], [], 'instructions'],
    ['ko', [att('이벤트.pdf', 'other')], [[0, '이벤트.pdf']], 'other'],
    ['en', [att('manual.pdf')], [], 'no stated purpose: the composer asks, not this rule'],
    ['en', [att('flyer.pdf', 'other')], [[0, 'flyer.pdf']], 'other'],
    ['en', [], [], 'no attachments'],
  ];

describe('attachment-purpose-other', () => {
  it.each(cases)('%s: %j -> %j (%s)', (_lang, attachments, expected) => {
    const found = check({ body: 'x', attachments }).filter((f) => f.rule === 'attachment-purpose-other');
    expect(found.map((f) => [f.field, f.start, f.end, f.detail])).toEqual(
      expected.map(([i, name]) => ['attachments', i, i + 1, name]),
    );
  });
});
