import { describe, expect, it } from 'vitest';
import {
  parseTemplateText,
  renderTemplateText,
  sourceSpan,
  renderWithSourceMap,
  type SyntaxProblem,
} from '../../../../../shared/domain/templates/placeholders.js';

const CUSTOM = new Set(['returnAddress', 'hours']);
type Field = [name: string, start: number, end: number];

function fieldsOf(text: string): Field[] {
  return parseTemplateText(text, CUSTOM).tokens.flatMap((t) =>
    t.kind === 'field' ? [[t.name, t.start, t.end] as Field] : [],
  );
}

describe('parseTemplateText: fields and spans', () => {
  const cases: Array<[text: string, fields: Field[], why: string]> = [
    ['{{buyerName}}', [['buyerName', 0, 13]], 'the whole text is one placeholder'],
    ['Dear {{ buyerName }},', [['buyerName', 5, 20]], 'inner spaces allowed, span covers the braces'],
    [
      '{{buyerName}}様、ご注文{{orderId}}について',
      [
        ['buyerName', 0, 13],
        ['orderId', 18, 29],
      ],
      'Japanese text around placeholders: UTF-16 offsets',
    ],
    [
      '您好{{buyerName}}，订单{{orderId}}',
      [
        ['buyerName', 2, 15],
        ['orderId', 18, 29],
      ],
      'Chinese text around placeholders',
    ],
    ['{{buyerName}}님, 안녕하세요', [['buyerName', 0, 13]], 'Korean text after a placeholder'],
    ['｛｛buyerName｝｝様', [['buyerName', 0, 13]], 'full-width braces typed by an IME'],
    ['{{buyerName｝｝', [['buyerName', 0, 13]], 'mixed-width braces'],
    ['{{　ｂｕｙｅｒＮａｍｅ　}}', [['buyerName', 0, 15]], 'full-width name and ideographic spaces folded'],
    ['{{custom.returnAddress}}', [['custom.returnAddress', 0, 24]], 'custom field'],
    ['😀{{today}}', [['today', 2, 11]], 'an emoji is two UTF-16 units before the field'],
    ['{ single } braces', [], 'single braces are plain text'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(fieldsOf(text)).toEqual(expected);
  });
});

describe('parseTemplateText: problems', () => {
  const p = (kind: SyntaxProblem['kind'], start: number, end: number, name: string): SyntaxProblem => ({
    kind,
    start,
    end,
    name,
  });
  const cases: Array<[text: string, problems: SyntaxProblem[], why: string]> = [
    ['Dear {{buyerName', [p('unclosed', 5, 16, 'buyerName')], 'unclosed at the end of the text'],
    [
      'Dear {{buyerName,\nthanks',
      [p('unclosed', 5, 17, 'buyerName')],
      'unclosed: span stops at the end of the line',
    ],
    [
      'Dear {{buyerName, order {{orderId}}',
      [p('unclosed', 5, 24, 'buyerName')],
      'unclosed mid-text: the next {{ ends it, and the next placeholder is still read',
    ],
    [
      '{{{{orderId}}',
      [p('unclosed', 0, 2, '')],
      'nested {{{{: the first pair is unclosed, the second opens orderId',
    ],
    [
      '{{{orderId}}}',
      [p('unknown-name', 0, 12, '{orderId')],
      'triple braces: pairs from the left, so the name is {orderId',
    ],
    ['Thanks }} bye', [p('stray-close', 7, 9, '')], 'a closer with no opener'],
    ['{{buyername}}', [p('unknown-name', 0, 13, 'buyername')], 'names are case-sensitive'],
    ['{{}}', [p('unknown-name', 0, 4, '')], 'empty name'],
    ['{{custom.nope}}', [p('unknown-name', 0, 15, 'custom.nope')], 'custom key the shop has not set up'],
    ['{{お客様名}}様', [p('unknown-name', 0, 8, 'お客様名')], 'a Japanese name is not a placeholder'],
    ['｛｛orderId', [p('unclosed', 0, 9, 'orderId')], 'unclosed full-width opener'],
    ['{{orderId}} and {{shopName}}', [], 'clean text has no problems'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseTemplateText(text, CUSTOM).problems).toEqual(expected);
  });
});

describe('parseTemplateText: nothing is lost', () => {
  const cases: Array<[text: string, why: string]> = [
    ['Dear {{buyerName', 'unclosed text stays in a text token'],
    ['a }} b {{ c', 'stray and unclosed'],
    ['{{{{x}}}} 日本語 {{buyerName}}', 'mixed'],
  ];
  it.each(cases)('%s (%s)', (text) => {
    const { tokens } = parseTemplateText(text, CUSTOM);
    const rebuilt = tokens.map((t) => (t.kind === 'text' ? t.text : text.slice(t.start, t.end))).join('');
    expect(rebuilt).toBe(text);
  });

  it('a 100 KB text parses linearly and finds every placeholder and problem', () => {
    const unit = '山田様、ご注文{{orderId}}の件 }} ';
    const text = unit.repeat(Math.ceil(100_000 / unit.length)) + '{{buyerName';
    const { tokens, problems } = parseTemplateText(text, CUSTOM);
    const repeats = Math.ceil(100_000 / unit.length);
    expect(tokens.filter((t) => t.kind === 'field')).toHaveLength(repeats);
    expect(problems.filter((q) => q.kind === 'stray-close')).toHaveLength(repeats);
    expect(problems.at(-1)).toEqual({
      kind: 'unclosed',
      start: text.length - 11,
      end: text.length,
      name: 'buyerName',
    });
  });
});

describe('renderTemplateText', () => {
  const full = { buyerName: '山田 花子', orderId: '503-1234567-1234567', shopName: 'さくら' };
  const cases: Array<
    [
      text: string,
      values: Record<string, string>,
      escape: 'none' | 'html',
      out: string,
      missing: string[],
      why: string,
    ]
  > = [
    ['{{buyerName}}様', full, 'none', '山田 花子様', [], 'ja filled'],
    [
      '{{buyerName}}様、ご注文{{orderId}}',
      {},
      'none',
      '{{buyerName}}様、ご注文{{orderId}}',
      ['buyerName', 'orderId'],
      'ja missing stays {{name}}',
    ],
    ['Dear {{buyerName}},', {}, 'none', 'Dear {{buyerName}},', ['buyerName'], 'en missing: never "Dear ,"'],
    [
      'Dear {{buyerName}},',
      { buyerName: '' },
      'none',
      'Dear {{buyerName}},',
      ['buyerName'],
      'empty string counts as missing',
    ],
    ['亲爱的{{buyerName}}，您好', {}, 'none', '亲爱的{{buyerName}}，您好', ['buyerName'], 'zh missing'],
    [
      '{{buyerName}} 고객님, 주문 {{orderId}}',
      { orderId: '503-1234567-1234567' },
      'none',
      '{{buyerName}} 고객님, 주문 503-1234567-1234567',
      ['buyerName'],
      'ko partly missing',
    ],
    [
      'Dear {{ buyerName }},',
      {},
      'none',
      'Dear {{buyerName}},',
      ['buyerName'],
      'missing is written back in canonical form',
    ],
    ['｛｛shopName｝｝より', full, 'none', 'さくらより', [], 'full-width braces render'],
    [
      'Hi {{buyerName}}',
      { buyerName: '{{orderId}}' },
      'none',
      'Hi {{orderId}}',
      [],
      'a value holding {{x}} is literal, never expanded',
    ],
    [
      '{{buyerName}}',
      { buyerName: '<script>alert(1)</script>' },
      'html',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      [],
      'html: script escaped',
    ],
    [
      '<b>{{shopName}}</b>',
      { shopName: 'Tom & Jerry' },
      'html',
      '<b>Tom &amp; Jerry</b>',
      [],
      'html: & escaped, template markup kept',
    ],
    [
      '<p>{{buyerName}}</p>',
      { buyerName: `O'Neil "Bob"` },
      'html',
      '<p>O&#39;Neil &quot;Bob&quot;</p>',
      [],
      'html: quotes escaped',
    ],
    ['{{buyerName}}', { buyerName: '<b>' }, 'none', '<b>', [], 'no escaping unless asked'],
    [
      '<p>{{buyerName}}</p>',
      {},
      'html',
      '<p>{{buyerName}}</p>',
      ['buyerName'],
      'html: missing still visible',
    ],
    [
      '{{foo}} {{buyerName}}',
      full,
      'none',
      '{{foo}} 山田 花子',
      ['foo'],
      'unknown name stays as written and counts as missing',
    ],
    ['{{ foo }}', {}, 'none', '{{ foo }}', ['foo'], 'unknown keeps its spacing'],
    ['{{custom.hours}}', { 'custom.hours': '9–17時' }, 'none', '9–17時', [], 'custom field value'],
    ['{{constructor}}', {}, 'none', '{{constructor}}', ['constructor'], 'prototype names are not values'],
    ['Dear {{buyerName', full, 'none', 'Dear {{buyerName', [], 'unclosed text kept as is'],
    ['{{orderId}}/{{orderId}}', {}, 'none', '{{orderId}}/{{orderId}}', ['orderId'], 'missing listed once'],
  ];
  it.each(cases)('%s -> %s', (text, values, escape, out, missing) => {
    const r = renderTemplateText(text, values, CUSTOM, { escape });
    expect(r.text).toBe(out);
    expect(r.missing).toEqual(missing);
  });

  it.each([
    [
      '{{buyerName}} {{orderId}} {{buyerName}} {{foo}}',
      ['buyerName', 'orderId'],
      'used: known names once, in order',
    ],
    ['Dear {{buyerName', [], 'an unclosed placeholder is not used'],
  ])('used of %s', (text, used) => {
    expect(renderTemplateText(text, {}, CUSTOM).used).toEqual(used);
  });

  it('passes the syntax problems through', () => {
    expect(renderTemplateText('a }} {{x', {}, CUSTOM).problems.map((q) => q.kind)).toEqual([
      'stray-close',
      'unclosed',
    ]);
  });
});

describe('sourceSpan: rendered offsets back to the template', () => {
  const text = 'Dear {{buyerName}}, mail me';
  const { pieces, text: out } = renderWithSourceMap(text, { buyerName: 'Jane Smith' }, CUSTOM);
  const cases: Array<[needle: string, expected: [number, number], why: string]> = [
    ['mail', [20, 24], 'template text after a value shifts back'],
    ['Dear', [0, 4], 'text before any value is unchanged'],
    ['Smith', [5, 18], 'inside a value: the whole placeholder'],
    ['Smith, mail', [5, 24], 'from a value into text'],
  ];
  it.each(cases)('%s', (needle, expected) => {
    const start = out.indexOf(needle);
    const span = sourceSpan(pieces, start, start + needle.length);
    expect([span.start, span.end]).toEqual(expected);
  });
});
