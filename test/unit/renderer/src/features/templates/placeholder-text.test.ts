import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../../../../../shared/domain/templates/types.js';
import {
  insertToken,
  placeholderItems,
  previewSegments,
} from '../../../../../../renderer/src/features/templates/placeholder-text.js';

describe('placeholderItems', () => {
  it('lists the built-ins in order, then the shop fields as custom.<key>', () => {
    const items = placeholderItems([{ key: 'returnAddress', label: '返送先', value: '東京都…' }]);
    expect(items.map((i) => i.token)).toEqual([
      ...PLACEHOLDERS.map((p) => `{{${p}}}`),
      '{{custom.returnAddress}}',
    ]);
    expect(items.at(-1)?.custom?.label).toBe('返送先');
  });
});

describe('insertToken', () => {
  it.each([
    { text: 'Dear ,', s: 5, e: 5, want: { text: 'Dear {{buyerName}},', caret: 18 }, why: 'at the caret' },
    {
      text: 'Dear NAME,',
      s: 5,
      e: 9,
      want: { text: 'Dear {{buyerName}},', caret: 18 },
      why: 'replaces the selection',
    },
    {
      text: 'Dear NAME,',
      s: 9,
      e: 5,
      want: { text: 'Dear {{buyerName}},', caret: 18 },
      why: 'backwards selection',
    },
    {
      text: 'ab',
      s: 99,
      e: 99,
      want: { text: 'ab{{buyerName}}', caret: 15 },
      why: 'out of range clamps to the end',
    },
  ])('$why', ({ text, s, e, want }) => {
    expect(insertToken(text, s, e, '{{buyerName}}')).toEqual(want);
  });
});

describe('previewSegments', () => {
  it.each([
    {
      text: '山田様 {{orderId}} のご注文',
      missing: ['orderId'],
      want: [
        { text: '山田様 ', missing: null },
        { text: '{{orderId}}', missing: 'orderId' },
        { text: ' のご注文', missing: null },
      ],
      why: 'a missing value is marked in place',
    },
    {
      text: 'Item: {{x}} from buyer',
      missing: ['deliveryDate'],
      want: [{ text: 'Item: {{x}} from buyer', missing: null }],
      why: 'braces inside a filled value are text, not a missing field',
    },
    {
      text: '{{custom.returnAddress}}',
      missing: ['custom.returnAddress'],
      want: [{ text: '{{custom.returnAddress}}', missing: 'custom.returnAddress' }],
      why: 'custom fields, whole text',
    },
    { text: '', missing: [], want: [{ text: '', missing: null }], why: 'empty text still renders one run' },
  ])('$why', ({ text, missing, want }) => {
    expect(previewSegments(text, missing)).toEqual(want);
  });
});
