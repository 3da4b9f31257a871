import type { Category, UrgencySignal } from './types.js';

/**
 * Strong cues per category and language, written in normalised text (NFKC, lower case),
 * separated by `|`. Latin cues match at a word start and end unless they end in `*` (a stem:
 * refund* = refunds, refunded); Han, kana and Hangul cues match anywhere. Weights are log-odds
 * added to the statistical score; gratitude weighs less than any complaint cue because buyers
 * thank politely while complaining.
 */
export interface RuleGroup {
  category: Category;
  weight: number;
  signal?: UrgencySignal;
  /** Negated mentions ("no damage", "破損もなく", "没有破损", "파손 없이") do not count. */
  negatable?: boolean;
  cues: { en: string; ja: string; zh: string; ko: string };
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  {
    category: 'complaint',
    weight: 2,
    signal: 'cancellation',
    negatable: true,
    cues: { en: 'cancel*', ja: 'キャンセル|取り消し|取消|解約', zh: '取消|退订', ko: '취소' },
  },
  {
    category: 'complaint',
    weight: 2.5,
    signal: 'defect',
    negatable: true,
    cues: {
      en:
        "broken|broke|damag*|defect*|faulty|cracked|scratch*|torn|shattered|doesn't work|does not work|" +
        "not working|stopped working|won't turn on|dead on arrival|malfunction*|leak*|poor quality|ripped|dented",
      ja:
        '破損|壊れ|割れ|不良|故障|傷が|汚れ|欠け|動かない|作動しない|使えない|反応しない|電源が入らない|' +
        '不具合|へこみ|凹み|漏れ|破れ',
      zh: '破损|坏了|损坏|碎了|裂了|划痕|质量问题|不能用|用不了|无法使用|瑕疵|次品|漏水|坏掉',
      ko: '파손|깨져|깨졌|불량|고장|작동이 안|작동 안|안 켜|안켜|흠집|스크래치|찢어|하자|금이 가|망가|찌그러',
    },
  },
  {
    category: 'complaint',
    weight: 2,
    signal: 'late-or-missing',
    cues: {
      en:
        "not arrived|hasn't arrived|has not arrived|haven't received|have not received|didn't receive|" +
        'did not receive|never arrived|never received|not received|still waiting|where is my|delayed|' +
        'missing|lost in|lost package|no update',
      ja:
        '届かない|届いていない|届いておりません|届きません|届いてない|届いていません|まだ届|遅延|未着|紛失|' +
        '入っていない|入っておりません|足りない|不足',
      zh: '没收到|没有收到|未收到|还没到|还没收到|迟迟|延迟|丢件|丢失|少了|缺少|漏发|少发|没到',
      ko: '안 왔|안왔|못 받|못받|안 와|안와요|배송 지연|지연|누락|분실|빠져 있|빠져있|안 들어',
    },
  },
  {
    category: 'complaint',
    weight: 2.5,
    negatable: true,
    cues: {
      en:
        'wrong item|wrong size|wrong color|wrong colour|wrong product|wrong one|not what i ordered|' +
        'not as described|fake|counterfeit',
      ja: '違う商品|間違った|間違い|別の商品|偽物|説明と違|注文と違',
      zh: '发错|错发|不符|假货|与描述',
      ko: '잘못 왔|잘못왔|잘못 배송|다른 상품|오배송|가품|짝퉁|다른 제품',
    },
  },
  {
    category: 'complaint',
    weight: 2,
    signal: 'refund',
    cues: { en: 'refund*|money back', ja: '返金', zh: '退款|退钱', ko: '환불' },
  },
  {
    category: 'complaint',
    weight: 1.5,
    signal: 'refund',
    cues: {
      en: 'return label|return it|return this|return the',
      ja: '返品|返送',
      zh: '退货|退回',
      ko: '반품',
    },
  },
  {
    category: 'complaint',
    weight: 1.5,
    cues: { en: 'replacement|exchange', ja: '交換', zh: '换货|更换|换一个', ko: '교환' },
  },
  {
    category: 'complaint',
    weight: 2.5,
    signal: 'claim',
    cues: {
      en:
        'a-to-z|a-z claim|a to z|chargeback|charge back|claim|dispute|report you|negative feedback|' +
        'bad review|1 star|one star|unacceptable|disappointed',
      ja: 'クレーム|苦情|aからz|a-z保証|チャージバック|低評価|悪い評価|星1|消費者センター|納得できません|納得いかない',
      zh: '投诉|差评|索赔|维权|消协|举报|失望',
      ko: '클레임|신고|소비자원|a-z|별점 1|실망|항의',
    },
  },
  {
    category: 'thanks',
    weight: 1.2,
    cues: {
      en: 'thank you|thanks|arrived safely|love it|great product|appreciate*|five stars|5 stars|well packed',
      ja: 'ありがとう|感謝|無事に届|無事届|受け取りました|大満足|気に入|助かりました|お礼',
      zh: '谢谢|感谢|多谢|很满意|非常满意|很喜欢|收到了',
      ko: '감사|고맙|고마워|잘 받았|잘받았|만족|마음에 들',
    },
  },
  {
    category: 'inquiry',
    weight: 1,
    cues: {
      en:
        'do you|does it|does this|is it|is this|can i|could you tell|would like to know|wondering|' +
        'question|when will|how long|how do|compatible|in stock',
      ja: '教えて|でしょうか|ですか|ますか|在庫|いつ頃|質問|可能',
      zh: '请问|吗|是否|能不能|什么时候|多久|咨询|有没有|怎么',
      ko: '문의|궁금|나요|까요|언제|재고|있나요|되나요|인가요',
    },
  },
  {
    category: 'spam',
    weight: 2.5,
    cues: {
      en:
        'seo|rank*|first page|page 1|boost your|increase your sales|grow your|our agency|marketing|' +
        'promote your|guaranteed|free trial|limited time|click here|click the link|verify your|suspended|' +
        'suspension|unsubscribe|whatsapp|telegram|crypto*|bitcoin|investment|business proposal|partnership|' +
        'backlink*|dear seller|buy reviews',
      ja:
        'seo対策|上位表示|集客|弊社|ご担当者様|出品者様|副業|稼げる|月収|仮想通貨|アカウント停止|' +
        'アカウントが停止|本人確認|レビュー代行|売上アップ',
      zh:
        '刷单|代运营|推广|广告|加微信|微信|商务合作|佣金|返利|返现|兼职|日赚|日结|引流|账号异常|账户冻结|' +
        '点击链接|卖家朋友',
      ko:
        '광고|대출|홍보|마케팅|부업|계정 정지|계정이 정지|본인 인증|상위 노출|카톡|카카오톡|텔레그램|셀러님|' +
        '판매자님|대행',
    },
  },
];
