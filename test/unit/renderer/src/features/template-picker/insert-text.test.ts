import { describe, expect, it } from 'vitest';
import {
  insertTemplateIntoHtml,
  insertTemplateText,
} from '../../../../../../renderer/src/features/template-picker/insert-text.js';

describe('insertTemplateText', () => {
  const cases: Array<{
    why: string;
    current: string;
    sel: [number, number];
    insert: string;
    text: string;
    caret: number;
  }> = [
    {
      why: 'an empty body is replaced',
      current: '',
      sel: [0, 0],
      insert: 'Dear A,',
      text: 'Dear A,',
      caret: 7,
    },
    {
      why: 'a blank body is replaced, no stray blank lines',
      current: '\n  \n',
      sel: [2, 2],
      insert: 'Hi',
      text: 'Hi',
      caret: 2,
    },
    {
      why: 'at the start of a line nothing is added',
      current: 'a\nb',
      sel: [2, 2],
      insert: 'T',
      text: 'a\nT\nb',
      caret: 3,
    },
    {
      why: 'mid-line the template gets its own lines',
      current: 'abcd',
      sel: [2, 2],
      insert: 'T',
      text: 'ab\nT\ncd',
      caret: 4,
    },
    {
      why: 'at the end after text: a newline before, none after',
      current: 'Thanks',
      sel: [6, 6],
      insert: 'T',
      text: 'Thanks\nT',
      caret: 8,
    },
    {
      why: 'a selection is replaced',
      current: 'a\nXX\nb',
      sel: [2, 4],
      insert: 'T',
      text: 'a\nT\nb',
      caret: 3,
    },
    {
      why: 'a backwards selection is the same selection',
      current: 'a\nXX\nb',
      sel: [4, 2],
      insert: 'T',
      text: 'a\nT\nb',
      caret: 3,
    },
    {
      why: 'a cursor past the end is clamped to the end',
      current: 'a\n',
      sel: [99, 99],
      insert: 'T',
      text: 'a\nT',
      caret: 3,
    },
    {
      why: 'the template text is inserted literally',
      current: 'x\n',
      sel: [2, 2],
      insert: '{{buyerName}} <b>',
      text: 'x\n{{buyerName}} <b>',
      caret: 19,
    },
  ];
  it.each(cases)('$why', ({ current, sel, insert, text, caret }) => {
    expect(insertTemplateText(current, sel[0], sel[1], insert)).toEqual({ text, caret });
  });
});

describe('insertTemplateIntoHtml', () => {
  const cases: Array<{ why: string; current: string; sel: [number, number]; insert: string; text: string }> =
    [
      {
        why: 'a blank source gets paragraphs',
        current: '',
        sel: [0, 0],
        insert: 'a\n\nb',
        text: '<p>a</p>\n<p>b</p>',
      },
      {
        why: 'markup in a template is text, never HTML',
        current: '<p>x</p>',
        sel: [3, 3],
        insert: '<img src=x>',
        text: '<p>&lt;img src=x&gt;x</p>',
      },
      {
        why: 'line breaks become <br>',
        current: '<p></p>',
        sel: [3, 3],
        insert: 'a\nb',
        text: '<p>a<br>\nb</p>',
      },
      {
        why: 'an unfilled placeholder survives escaping, so the check still blocks it',
        current: '<p></p>',
        sel: [3, 3],
        insert: '{{item}}',
        text: '<p>{{item}}</p>',
      },
    ];
  it.each(cases)('$why', ({ current, sel, insert, text }) => {
    const out = insertTemplateIntoHtml(current, sel[0], sel[1], insert);
    expect(out.text).toBe(text);
    expect(out.caret).toBe(current.trim() === '' ? text.length : text.length - (current.length - sel[1]));
  });
});
