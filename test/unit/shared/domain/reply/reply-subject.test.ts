import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../../shared/domain/message.js';
import { marketplaceLanguage } from '../../../../../shared/domain/reply/marketplace-language.js';
import { replySubject, stripReplyPrefixes } from '../../../../../shared/domain/reply/reply-subject.js';

interface Case {
  original: string;
  important?: boolean;
  language?: Language;
  expected: string;
  why: string;
}

const cases: Case[] = [
  { original: '商品について', expected: 'Re: 商品について', why: 'a first reply gets one Re:' },
  { original: 'Re: 商品について', expected: 'Re: 商品について', why: 'an existing Re: is not doubled' },
  {
    original: 'Re: Re: RE: Where is my order?',
    expected: 'Re: Where is my order?',
    why: 'stacked English prefixes collapse',
  },
  {
    original: 'RE[2]: Where is my order?',
    expected: 'Re: Where is my order?',
    why: 'Outlook numbered prefix',
  },
  { original: 'Re(3): Where is my order?', expected: 'Re: Where is my order?', why: 'parenthesised counter' },
  {
    original: 'Ｒｅ：Ｒｅ：注文の件',
    expected: 'Re: 注文の件',
    why: 'full-width Ｒｅ： from Japanese mailers',
  },
  { original: 're:注文の件', expected: 'Re: 注文の件', why: 'lower case, no space after the colon' },
  { original: '回复：回复: 订单问题', expected: 'Re: 订单问题', why: 'Chinese 回复 with both colons' },
  { original: '答复: 回覆：訂單問題', expected: 'Re: 訂單問題', why: 'Chinese 答复 and traditional 回覆' },
  { original: '답장: 회신: 주문 문의', expected: 'Re: 주문 문의', why: 'Korean 답장/회신' },
  { original: '返信: 返信：発送について', expected: 'Re: 発送について', why: 'Japanese 返信' },
  { original: 'AW: SV: Rückfrage', expected: 'Re: Rückfrage', why: 'German and Nordic prefixes' },
  {
    original: '[Important] Re: 請求書',
    expected: 'Re: 請求書',
    why: 'an old [Important] tag goes when not asked',
  },
  { original: 'Re: [重要] 請求書', expected: 'Re: 請求書', why: 'Japanese tag after the prefix goes too' },
  { original: '【重要】Re: 請求書', expected: 'Re: 請求書', why: 'lenticular-bracket tag' },
  { original: '［Ｉｍｐｏｒｔａｎｔ］ Re: invoice', expected: 'Re: invoice', why: 'full-width tag' },
  {
    original: '[Important] Re: invoice',
    important: true,
    expected: '[Important] Re: invoice',
    why: 'the tag is not stacked when it was already there',
  },
  {
    original: '請求書について',
    important: true,
    language: 'ja',
    expected: '[重要] Re: 請求書について',
    why: 'Japanese marketplace tag',
  },
  {
    original: '发票',
    important: true,
    language: 'zh',
    expected: '[重要] Re: 发票',
    why: 'Chinese marketplace tag',
  },
  { original: '영수증', important: true, language: 'ko', expected: '[중요] Re: 영수증', why: 'Korean tag' },
  {
    original: 'Invoice',
    important: true,
    language: 'other',
    expected: '[Important] Re: Invoice',
    why: 'other → English tag',
  },
  {
    original: '【お問い合わせ】商品について',
    expected: 'Re: 【お問い合わせ】商品について',
    why: 'a label that is not a tag stays',
  },
  {
    original: 'Fwd: 商品について',
    expected: 'Re: Fwd: 商品について',
    why: 'a forward prefix is part of the subject',
  },
  { original: '  Re:   lots   of\tspace  ', expected: 'Re: lots of space', why: 'whitespace collapses' },
  {
    original: 'Ｒｅ： ＰＣケース',
    expected: 'Re: ＰＣケース',
    why: 'the rest keeps its full-width characters',
  },
  { original: '', expected: 'Re:', why: 'an empty subject still reads as a reply' },
  { original: 'Re: ', expected: 'Re:', why: 'nothing but a prefix' },
  {
    original: 'Regarding my order',
    expected: 'Re: Regarding my order',
    why: '"Re" inside a word is not a prefix',
  },
  {
    original: 'Line\r\nbreak',
    expected: 'Re: Line break',
    why: 'no header injection through a folded subject',
  },
];

describe('replySubject', () => {
  it.each(cases)('$why', ({ original, important, language, expected }) => {
    expect(replySubject(original, { important: important ?? false, language: language ?? 'en' })).toBe(
      expected,
    );
  });

  it('stops after a bounded number of prefixes (a mail loop) instead of looping', () => {
    const looped = `${'Re: '.repeat(60)}x`;
    expect(stripReplyPrefixes(looped)).toBe(`${'Re: '.repeat(10).trim()} x`);
  });
});

describe('marketplaceLanguage', () => {
  const rows: Array<{ address: string; buyer: Language; expected: Language; why: string }> = [
    {
      address: 'abc123def@marketplace.amazon.co.jp',
      buyer: 'en',
      expected: 'ja',
      why: 'amazon.co.jp is Japanese whoever writes',
    },
    {
      address: 'abc123def@marketplace.amazon.com',
      buyer: 'ja',
      expected: 'en',
      why: 'amazon.com is English even for a Japanese buyer',
    },
    { address: 'abc123def@marketplace.amazon.cn', buyer: 'en', expected: 'zh', why: 'amazon.cn' },
    {
      address: 'abc123def@marketplace.amazon.de',
      buyer: 'other',
      expected: 'en',
      why: 'no German tag in the table',
    },
    {
      address: 'kim@example.kr',
      buyer: 'ko',
      expected: 'ko',
      why: 'not a relay: the buyer language decides',
    },
  ];
  it.each(rows)('$why', ({ address, buyer, expected }) => {
    expect(marketplaceLanguage(address, buyer)).toBe(expected);
  });
});
