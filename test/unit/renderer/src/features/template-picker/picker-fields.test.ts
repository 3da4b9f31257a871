import { describe, expect, it } from 'vitest';
import {
  fieldLabel,
  pickerFields,
  renderValues,
  type RenderField,
} from '../../../../../../renderer/src/features/template-picker/picker-fields.js';
// The picker's preview marks missing values with the library preview's splitter.
import { previewSegments } from '../../../../../../renderer/src/features/templates/placeholder-text.js';

const f = (name: string, value: string, source: RenderField['source'] = 'message'): RenderField => ({
  name,
  value,
  source,
});

describe('pickerFields', () => {
  const cases: Array<{
    why: string;
    fields: RenderField[];
    missing: string[];
    typed: Record<string, string>;
    expected: Array<[name: string, value: string, source: string, missing: boolean, input: 'text' | 'date']>;
  }> = [
    {
      why: 'prefilled values show with their source; a missing one is flagged',
      fields: [f('buyerName', '山田'), f('item', '', 'none')],
      missing: ['item'],
      typed: {},
      expected: [
        ['buyerName', '山田', 'message', false, 'text'],
        ['item', '', 'none', true, 'text'],
      ],
    },
    {
      why: 'a fixed order (placeholder list, then custom) so fields do not jump while typing',
      fields: [
        f('custom.b', 'x', 'settings'),
        f('staffName', 'S', 'staff'),
        f('custom.a', 'y', 'settings'),
        f('buyerName', 'B'),
      ],
      missing: [],
      typed: {},
      expected: [
        ['buyerName', 'B', 'message', false, 'text'],
        ['staffName', 'S', 'staff', false, 'text'],
        ['custom.a', 'y', 'settings', false, 'text'],
        ['custom.b', 'x', 'settings', false, 'text'],
      ],
    },
    {
      why: 'typed text shows at once, before the debounced re-render, and counts as filled',
      fields: [f('item', '', 'none')],
      missing: ['item'],
      typed: { item: 'マグカップ' },
      expected: [['item', 'マグカップ', 'typed', false, 'text']],
    },
    {
      why: 'clearing a prefilled value makes it missing again (it will stay {{buyerName}})',
      fields: [f('buyerName', '山田')],
      missing: [],
      typed: { buyerName: '  ' },
      expected: [['buyerName', '  ', 'typed', true, 'text']],
    },
    {
      why: 'the delivery date gets the date picker',
      fields: [f('deliveryDate', '', 'none')],
      missing: ['deliveryDate'],
      typed: {},
      expected: [['deliveryDate', '', 'none', true, 'date']],
    },
    {
      why: 'a missing name without a field entry still gets an input',
      fields: [],
      missing: ['custom.returnAddress'],
      typed: {},
      expected: [['custom.returnAddress', '', 'none', true, 'text']],
    },
    {
      why: 'an empty value is missing even if the core forgot to list it',
      fields: [f('shopName', '', 'settings')],
      missing: [],
      typed: {},
      expected: [['shopName', '', 'settings', true, 'text']],
    },
  ];
  it.each(cases)('$why', ({ fields, missing, typed, expected }) => {
    const out = pickerFields(fields, missing, typed).map((p) => [
      p.name,
      p.value,
      p.source,
      p.missing,
      p.input,
    ]);
    expect(out).toEqual(expected);
  });
});

describe('renderValues', () => {
  const cases: Array<{ why: string; typed: Record<string, string>; expected: Record<string, string> }> = [
    { why: 'only typed values go to the core', typed: { item: 'Mug' }, expected: { item: 'Mug' } },
    {
      why: 'a cleared value is sent empty, so the core counts it missing',
      typed: { buyerName: '' },
      expected: { buyerName: '' },
    },
    {
      why: 'a value is capped at the contract limit',
      typed: { concern: 'x'.repeat(2100) },
      expected: { concern: 'x'.repeat(2000) },
    },
  ];
  it.each(cases)('$why', ({ typed, expected }) => {
    expect(renderValues(typed)).toEqual(expected);
  });
});

describe('previewSegments', () => {
  const cases = [
    {
      why: 'a missing placeholder is marked',
      text: 'Dear {{buyerName}},',
      missing: ['buyerName'],
      expected: [
        { text: 'Dear ', missing: null },
        { text: '{{buyerName}}', missing: 'buyerName' },
        { text: ',', missing: null },
      ],
    },
    {
      why: 'braces inside a filled value are not marked (a value is text)',
      text: 'Dear {{x}} and {{item}}',
      missing: ['item'],
      expected: [
        { text: 'Dear {{x}} and ', missing: null },
        { text: '{{item}}', missing: 'item' },
      ],
    },
    {
      why: 'nothing missing: one plain segment',
      text: 'Hello',
      missing: [],
      expected: [{ text: 'Hello', missing: null }],
    },
    {
      why: 'empty text: one empty segment',
      text: '',
      missing: ['a'],
      expected: [{ text: '', missing: null }],
    },
    {
      why: 'custom fields and spaces inside the braces',
      text: '{{ custom.returnAddress }}!',
      missing: ['custom.returnAddress'],
      expected: [
        { text: '{{ custom.returnAddress }}', missing: 'custom.returnAddress' },
        { text: '!', missing: null },
      ],
    },
  ];
  it.each(cases)('$why', ({ text, missing, expected }) => {
    expect(previewSegments(text, missing)).toEqual(expected);
  });
});

describe('fieldLabel', () => {
  const cases = [
    {
      why: 'a known placeholder is translated',
      name: 'buyerName',
      expected: { kind: 'known', name: 'buyerName' },
    },
    {
      why: 'a custom field shows its key',
      name: 'custom.returnAddress',
      expected: { kind: 'custom', key: 'returnAddress' },
    },
    { why: 'an unknown name is shown as it is', name: 'coupon', expected: { kind: 'custom', key: 'coupon' } },
  ];
  it.each(cases)('$why', ({ name, expected }) => {
    expect(fieldLabel(name)).toEqual(expected);
  });
});
