import type { Rule } from '../../types.js';
import { cjk, latin } from './phrase.js';
import { both, clauseAfter, clauseBefore, compile, latinBounded, scanFields } from './scan.js';

/**
 * Asking the buyer to opt out of messages is forbidden (domain.md). The words alone are not
 * enough: a seller may neutrally explain why an earlier message bounced ("you opted out, so we
 * reply in your thread") or promise to stop writing ("we will not send further messages") —
 * neither asks the buyer to do anything. So most terms count only next to a request marker
 * (please / you can / してください / 请 / 해 주세요) in the same sentence. A few forms are
 * requests by themselves: "unsubscribe" (a seller has no other use for it), 退订 and
 * "回复TD" (the SMS-marketing formula), "reply STOP".
 */

const ALWAYS = compile([
  latin('unsubscribe'),
  'reply (?:with )?["\'“]?stop(?![a-z])',
  cjk('退订'),
  `${cjk('回复')}\\s*(?:TD|T|N)(?![a-z])`,
]);

const WITH_MARKER = compile([
  'opt(?:ing)?[ -]?out',
  'stop (?:receiving|getting) (?:[a-z]+ ){0,2}?(?:messages|e-?mails|mails|notifications)',
  '(?:turn off|disable|block|mute) (?:[a-z]+ ){0,2}?(?:messages|e-?mails|notifications)',
  '(?:messaging|communication|contact) preferences',
  ...['配信停止', '配信を停止', '配信解除', '受信拒否', '受信を拒否', '受信停止', '受信を停止'].map(cjk),
  ...['受信しない', 'オプトアウト', '購読解除', '登録解除', '通知をオフ', '受け取らない設定'].map(cjk),
  ...['取消订阅', '拒收', '屏蔽', '不再接收', '停止接收'].map(cjk),
  `${cjk('关闭')}(?:${cjk('消息')}|${cjk('通知')}|${cjk('邮件')})`,
  ...[
    '수신 거부',
    '수신 차단',
    '수신 중지',
    '수신 중단',
    '수신 해지',
    '구독 취소',
    '구독 해지',
    '옵트 아웃',
  ].map(cjk),
  `${cjk('알림')}\\s*(?:${cjk('끄기')}|${cjk('해제')}|[을를]\\s*${cjk('끄')})`,
  `${cjk('메시지')}\\s*[를을]?\\s*${cjk('받지 않')}`,
]);

// A marker right before the term ("... to opt out", "please unsubscribe") ...
const MARKER_NEAR = /(?:to|please|kindly|simply|just|and|or)\s+(?:(?:easily|simply|just|also|always)\s+)?$/i;
// ... or anywhere earlier in the sentence ("If you don't want ..., you can easily opt out").
const MARKER_BEFORE =
  /you (?:can|could|may|might)|feel free|how to|click|go to|if you (?:do not|don't) (?:want|wish)|ぜひ|是非|お手数ですが|よろしければ|不要|必要(?:が)?ない|请|可以|您可|点击|前往|如需|不想|如不需要|원하지\s*않으시면|원치\s*않으시면|필요\s*없으시면|불편하시면/i;
const MARKER_AFTER =
  /ください|下さい|お願い|可能です|できます|出来ます|いただけます|頂けます|こちら|方法|手順|手続き|设置方法|的方法|即可|吧|방법|해\s*주세요|해주세요|하세요|하시면|하실\s*수|하시기|주시기|바랍니다|가능합니다|부탁|클릭|눌러/;

function asksBuyer(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start, 60);
  if (MARKER_NEAR.test(before) || MARKER_BEFORE.test(before)) return true;
  if (
    /^(?:\s|["'“(])*$/.test(before) &&
    /^opt|^stop|^turn|^disable|^block|^mute/i.test(text.slice(start, end))
  ) {
    return true; // an imperative opening the sentence: "Opt out in your settings."
  }
  return MARKER_AFTER.test(clauseAfter(text, end, 30));
}

export const optOutRequestRule: Rule = {
  id: 'opt-out-request',
  severity: 'block',
  summary: 'A reply may not ask the buyer to opt out of messages',
  check: (ctx) => [
    ...scanFields(ctx, ALWAYS),
    ...scanFields(
      ctx,
      WITH_MARKER,
      both(latinBounded, (text, start, end) => asksBuyer(text, start, end)),
    ),
  ],
};
