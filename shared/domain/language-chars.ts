/**
 * Evidence tables for telling Japanese from Chinese when a text has few or no kana
 * ("商品破損、返品希望。" vs "商品破损，要求退货。"). Han characters are shared, so only forms that
 * one language never uses count: simplified forms and traditional forms Japanese replaced
 * (→ Chinese), and Japanese shinjitai and kokuji (→ Japanese). Each list was filtered by hand
 * against characters both sides write identically (学 会 体 国 号 着 随 装 条 断 還 層 熱 …).
 */

function codePoints(chars: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0) ?? 0);
  return set;
}

const SIMPLIFIED_ONLY =
  '个们这说对问题给还让应该发钱买卖东车时间记觉为么样吗呢吧啊无关开门见现实务产业专书乐习乡亲仅从众优传伤价网' +
  '络纸红级线经结统续绝维综编缘质贵费赔账货购贴赠赞转轻较运达过进远连迟选递邮钟银错长闭阅队际陆页顺须顾预' +
  '领颜风飞饭马驾验鱼鸟齐龙单卫历压厅县变听启员响团围图园场坏块处备复够头夹奖妈孙审宽导尔层岁币师带帮庆库' +
  '废张弹归录彻态总恶惊惯愿戏户扩扫扬执扰护报拥择挂换损摄败敌显晓暂术杀杂权极构标树桥检欢气汇汉沟泽洁济测' +
  '涨满灭灵灾热爱环电监盖础确码离种积稳笔简类纪纯纳练组织终绍绑绘继绿缓缩罚职联肤脑脸艺节药获虑补观规视览' +
  '计订认讨训议讯讲许论设访证评识诉试话询详语误请读课谁调谈谢负责贩贯贷贸资赛赶跃轨软轮载输边迁违适遗邻释' +
  '针钢铁链销锁锅键镜闪闻阔阳阶陈险隐难雾顶项频额饮饰馆驶骗鲜鸡收';

const TRADITIONAL_ONLY =
  '們這說對讓應發錢賣覺麼嗎關實產專樂從傳價經續絕轉輕遲驗單變聽啟圍圖處夠獎寶歲幫廣廢彈歸當錄號擔據擇擴數' +
  '斷雜權條樓檢歡氣滿灣靈獨畫稱穩總聯腦臉藝藥蟲裝觀覽觸證讀沒';

// Particles and pronouns of written Chinese that Japanese does not use at all.
const CHINESE_PARTICLES = '您你妳她咱啥哦嗯呀嘛怎很哪';

/** Characters that only Chinese (simplified or traditional) writes. */
export const CHINESE_ONLY_HAN: ReadonlySet<number> = codePoints(
  SIMPLIFIED_ONLY + TRADITIONAL_ONLY + CHINESE_PARTICLES,
);

/** Frequent Chinese function characters that Japanese also writes, but far less often (不良, 完了, 在庫). */
export const CHINESE_LEANING_HAN: ReadonlySet<number> = codePoints('的是我了有不也都就和要');

/** Japanese shinjitai and kokuji with a different form (or none) in Chinese. 々 is the iteration mark. */
export const JAPANESE_ONLY_HAN: ReadonlySet<number> = codePoints(
  '対発売変関払込様円気経続絶読転軽険験駅応価伝従実単営労楽薬歳図広拡沢浜戻県済剤舗仮帰恵桜辺隠聴徳悪圧' +
    '囲縁捜焼穏絵継総緑縄繊脳蔵覚観訳証賛鉄銭録閲隣雑頼顔騒髪黒齢歩毎梱枠働匂畑峠両処拠効勧巻乗亜悩戦拝' +
    '抜択掲摂斉暦晩栄検権歓満涙渓獣瀬窓粛糸縦臓芸蛍衆覧譲豊逓遅郷酔醸釈鉱錬闘隷雰霊顕駆鶏黙弁氷姫稲畳渋' +
    '挿斎々〆',
);

/** Words written without kana that only Japanese uses (telegraphic notes: 「破損。返品希望」). */
export const JAPANESE_WORDS: readonly string[] = [
  '返品',
  '返金',
  '注文',
  '到着',
  '未着',
  '破損',
  '連絡',
  '在庫',
  '梱包',
  '領収書',
  '請求書',
  '御社',
  '弊社',
  '貴社',
  '配達',
  '宅配',
  '欠品',
  '返送',
  '返却',
  '不具合',
  '初期不良',
  '交換希望',
];

/** Words only Chinese uses, simplified and traditional. */
export const CHINESE_WORDS: readonly string[] = [
  '谢谢',
  '謝謝',
  '多謝',
  '退款',
  '退货',
  '退貨',
  '收到',
  '没有',
  '沒有',
  '请问',
  '請問',
  '你好',
  '您好',
  '快递',
  '快遞',
  '发货',
  '發貨',
  '物流',
  '客服',
  '麻烦',
  '麻煩',
  '什么',
  '什麼',
  '怎么',
  '怎麼',
  '一下',
  '已经',
  '已經',
  '还没',
  '還沒',
  '不是',
  '订单',
  '訂單',
  '包裹',
  '可以',
  '卖家',
  '賣家',
  '买家',
  '買家',
  '差评',
  '差評',
];

/** Function words that mark English (and make "Thanks!" English rather than unknown). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    'the and you your is are was were have has not this that with for my it of to please thanks thank hello hi ' +
    "dear order item received refund return would could can will did didn't don't when what where how why yet " +
    'still arrived package we me be been at from but if yes sorry regards best just got any our they there'
  ).split(' '),
);

/** Function words of other Latin-script languages the desk meets (de, fr, es, it, pt, nl, sv, pl). */
export const OTHER_LATIN_WORDS: ReadonlySet<string> = new Set(
  (
    'der das und ist nicht ich sie mit für bitte danke hallo guten ein eine le les des et est je vous pas pour ' +
    'avec une merci bonjour el los las y es por para gracias hola pero qué que il di che non sono grazie ciao ' +
    'não obrigado obrigada olá você het een niet ik dank bedankt och jag inte tack nie jest dziękuję'
  ).split(' '),
);

/** Character classes of the one-pass counter, in the low four bits of `CHAR_CLASS`. */
export const CLS = {
  none: 0,
  latin: 1,
  diacritic: 2, // Latin letters beyond ASCII (é, ü, ñ): evidence against English
  otherScript: 3, // Greek, Cyrillic, Hebrew, Arabic, Indic, Thai
  kana: 4,
  hangul: 5,
  han: 6,
  hanZh: 7,
  hanJa: 8,
  hanLean: 9,
  jaPunct: 10, // 、「」『』
  zhComma: 11, // ，— Chinese prose separates clauses with it; Japanese with 、
  zhPunct: 12, // ；：
} as const;
/** Flag bits: a word of JAPANESE_WORDS / CHINESE_WORDS may start here. */
export const STARTS_JA_WORD = 0x10;
export const STARTS_ZH_WORD = 0x20;

function fill(table: Uint8Array, from: number, to: number, cls: number): void {
  table.fill(cls, from, to + 1);
}

/**
 * UTF-16 code unit -> class, built once (64 KB) so the counter does one array read per
 * character instead of range tests and set lookups: detection runs on every synced message.
 */
function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  fill(t, 0x41, 0x5a, CLS.latin);
  fill(t, 0x61, 0x7a, CLS.latin);
  fill(t, 0xc0, 0x24f, CLS.diacritic);
  t[0xd7] = CLS.none; // ×
  t[0xf7] = CLS.none; // ÷
  fill(t, 0x370, 0xe7f, CLS.otherScript);
  fill(t, 0x3040, 0x30ff, CLS.kana);
  fill(t, 0xff66, 0xff9f, CLS.kana);
  fill(t, 0x1100, 0x11ff, CLS.hangul);
  fill(t, 0x3130, 0x318f, CLS.hangul);
  fill(t, 0xac00, 0xd7af, CLS.hangul);
  fill(t, 0x3400, 0x4dbf, CLS.han);
  fill(t, 0x4e00, 0x9fff, CLS.han);
  fill(t, 0xf900, 0xfaff, CLS.han);
  for (const cp of CHINESE_LEANING_HAN) t[cp] = CLS.hanLean;
  for (const cp of JAPANESE_ONLY_HAN) t[cp] = CLS.hanJa;
  for (const cp of CHINESE_ONLY_HAN) t[cp] = CLS.hanZh;
  for (const cp of [0x3001, 0x300c, 0x300d, 0x300e, 0x300f]) t[cp] = CLS.jaPunct;
  t[0xff0c] = CLS.zhComma;
  t[0xff1a] = CLS.zhPunct;
  t[0xff1b] = CLS.zhPunct;
  for (const w of JAPANESE_WORDS) t[w.charCodeAt(0)] = (t[w.charCodeAt(0)] ?? 0) | STARTS_JA_WORD;
  for (const w of CHINESE_WORDS) t[w.charCodeAt(0)] = (t[w.charCodeAt(0)] ?? 0) | STARTS_ZH_WORD;
  return t;
}

export const CHAR_CLASS: Uint8Array = buildTable();
