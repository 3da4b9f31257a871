import { describe, expect, it } from 'vitest';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, excerptsOf } from './wording-cases.js';

const cases: Case[] = [
  [
    'en',
    'If you no longer wish to hear from us, please unsubscribe.',
    ['unsubscribe'],
    'unsubscribe is always a request',
  ],
  [
    'en',
    'You can opt out of seller messages in your account settings.',
    ['opt out'],
    '"you can" invites the buyer',
  ],
  [
    'en',
    'Opt out in your messaging settings if these bother you.',
    ['Opt out'],
    'imperative opening a sentence',
  ],
  [
    'en',
    'To stop receiving these messages, reply STOP.',
    ['stop receiving these messages', 'reply STOP'],
    'SMS formula',
  ],
  [
    'en',
    'Feel free to turn off seller messages.',
    ['turn off seller messages'],
    'asking to disable messages',
  ],
  ['en', 'U n s u b s c r i b e here.', ['U n s u b s c r i b e'], 'spaced out to dodge a filter'],
  [
    'en',
    'We will not send you further messages about this order.',
    [],
    'a promise to stop writing asks nothing',
  ],
  [
    'en',
    'Since you opted out of messages, we are replying in your original thread.',
    [],
    'neutral explanation',
  ],
  ['en', 'Due to your opt-out setting our first message bounced.', [], '"to" is not a request before "your"'],
  [
    'ja',
    '今後のご案内が不要な場合は、受信拒否の設定をしてください。',
    ['受信拒否'],
    'request after the term',
  ],
  ['ja', '配信停止はこちらから可能です。', ['配信停止'], 'points to where to opt out'],
  ['ja', 'ﾒｰﾙの配信停止をお願いします。', ['配信停止'], 'half-width kana elsewhere do not hide it'],
  [
    'ja',
    'メッセージの受信を停止されているため、元のスレッドで返信いたします。',
    [],
    'neutral: explains a bounce',
  ],
  ['ja', '今後、こちらからご連絡することはございません。', [], 'promise not to write'],
  ['zh', '回复TD退订。', ['回复TD', '退订'], 'SMS unsubscribe formula'],
  ['zh', '如不想收到我们的消息，您可以在设置中屏蔽卖家消息。', ['屏蔽'], 'invites blocking'],
  ['zh', '退 订 请 回 复', ['退 订'], 'spaced-out characters'],
  ['zh', '由于您已设置拒收卖家消息，我们在原对话中回复您。', [], 'neutral explanation'],
  ['zh', '我们不会再打扰您。', [], 'promise not to write'],
  ['ko', '메시지를 원하지 않으시면 수신 거부를 해 주세요.', ['수신 거부'], 'request with 해 주세요'],
  ['ko', '수신거부 설정 방법은 다음과 같습니다.', ['수신거부'], 'explains how to opt out, unspaced'],
  ['ko', '고객님께서 수신 거부를 설정하셔서 원래 대화에서 답변드립니다.', [], 'neutral explanation'],
  ['ko', '앞으로 추가 메시지는 보내지 않겠습니다.', [], 'promise not to write'],
];

describe('opt-out-request', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    expect(excerptsOf('opt-out-request', body)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });
});
