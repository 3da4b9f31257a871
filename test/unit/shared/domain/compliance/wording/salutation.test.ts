import { describe, expect, it } from 'vitest';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, excerptsOf } from './wording-cases.js';

const cases: Case[] = [
  ['en', 'Dear ,\nThank you for your message.', ['Dear ,'], 'the name was never filled in'],
  ['en', 'Dear  ,', ['Dear  ,'], 'two spaces where the name was'],
  ['en', 'Dear,\nThanks.', ['Dear,'], 'no space either'],
  ['en', 'Hi ,\nThanks.', ['Hi ,'], 'space before the comma'],
  ['en', 'Dear Ms. ,', ['Dear Ms. ,'], 'title without a name'],
  ['en', 'Dear customer,\nThanks.', [], 'a generic salutation is complete'],
  ['en', 'Hello,\nThanks.', [], 'a greeting without a name is fine'],
  ['en', 'We hold you dear, truly.', [], '"dear" not at the start of a line'],
  ['ja', '様、\nお問い合わせありがとうございます。', ['様、'], '様 with nothing before'],
  ['ja', '　様\nご連絡ありがとうございます。', ['様'], 'ideographic space then 様 on the first line'],
  ['ja', 'お客様\nお問い合わせありがとうございます。', [], 'お客様 is complete'],
  ['ja', '様々なご意見をいただいております。', [], '様々 means various'],
  ['zh', '亲爱的，\n您好！', ['亲爱的，'], 'nothing after 亲爱的'],
  ['zh', '尊敬的 ：\n您好', ['尊敬的 ：'], 'space and full-width colon'],
  ['zh', '尊敬的客户，您好！', [], 'generic customer is complete'],
  ['ko', '님, 문의해 주셔서 감사합니다.', ['님'], '님 opens the line'],
  ['ko', '안녕하세요 님께, 답변드립니다.', ['안녕하세요 님께'], 'greeting then 님 with no name'],
  ['ko', '고객님, 문의해 주셔서 감사합니다.', [], '고객님 is a polite form in its own right'],
  ['ko', '김민수 님께 안내드립니다.', [], 'a name before a spaced 님'],
];

describe('empty-salutation', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    expect(excerptsOf('empty-salutation', body)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });
});
