import { compile } from './scan.js';

/**
 * What the marketplace already sends on its own (domain.md: order confirmation, shipping notice,
 * a plain thank-you for the order), and the courtesy phrases that surround such a notice without
 * adding anything. Both are removed before the repeats-notice rule measures what is left.
 */

const NOTICE_SOURCES = [
  // English: shipped / dispatched, received / confirmed, thank you for your order
  '(?:your |the )?(?:order|items?|package|parcel|shipment|product)(?: [#\\w-]+)? (?:has|have|was|were) (?:now |just )?(?:been )?(?:shipped|dispatched|sent(?: out)?|posted|handed (?:over )?to the carrier)',
  "(?:we|i) (?:have |'ve )?(?:now |just )?(?:shipped|dispatched|sent(?: out)?|posted) your (?:order|items?|package|parcel)",
  '(?:your )?(?:order|package|parcel) is (?:now )?on (?:its|the) way',
  "(?:we have|we've) received your order",
  '(?:your )?order (?:has been|is|was) (?:received|confirmed|placed)',
  'thank(?:s| you)(?: (?:so|very) much)? for (?:your )?(?:order(?:ing)?|purchas(?:e|ing)|buying|shopping)(?: with us)?',
  // Japanese
  '(?:ご注文(?:いただいた|頂いた|の)?(?:商品|お品物)(?:を|は)?)?(?:本日|先ほど|昨日)?、?(?:発送|出荷)(?:の手配)?(?:が完了)?(?:を)?(?:いた|致)?(?:しました|しております|されました)',
  '発送完了',
  'ご注文(?:を)?(?:承り|受け付け|受付)(?:いた|致)?しました',
  '(?:この度は)?(?:ご購入|ご注文|お買い上げ|お買い求め)(?:いただき|頂き)?(?:まして)?、?(?:誠に|本当に)?ありがとうございま(?:す|した)',
  // Chinese
  '(?:您的)?(?:订单|包裹|宝贝|商品)(?:已经?|已为您)(?:发货|发出|寄出|出库)了?',
  '(?:已经?为您|我们已经?)(?:发货|发出|寄出)了?',
  '(?:我们已经?收到您的订单|您的订单已经?(?:确认|收到|生成))',
  '(?:感谢|谢谢)您?的?(?:购买|惠顾|订购|下单|光临)',
  // Korean
  '(?:주문하신\\s*)?(?:상품|제품|물건|주문)[이은가]?\\s*(?:오늘\\s*)?(?:발송|출고|배송이?\\s*시작)(?:되었습니다|됐습니다|되었어요|완료되었습니다|처리되었습니다)',
  '(?:발송|출고)[이을가]?\\s*완료(?:되었습니다|했습니다)',
  '주문[이을]?\\s*(?:정상적으로\\s*)?(?:접수|확인)(?:되었습니다|했습니다)',
  '(?:구매|주문|구입)(?:해|하여)\\s*주셔서\\s*(?:정말\\s*)?감사(?:합니다|드립니다)',
];

const COURTESY_SOURCES = [
  'thank(?:s| you)(?: again| (?:so|very) much)?',
  'we hope you (?:will )?(?:enjoy|like|love) [a-z ]{0,24}',
  'have a (?:nice|great|good|wonderful|lovely) (?:day|week|weekend)',
  'if you have any (?:questions|problems|concerns|issues)',
  "(?:please )?(?:let us know|contact us|do not hesitate to contact us|don't hesitate to contact us)",
  'tracking (?:number|no\\.?|id|code)',
  'order (?:id|number|no\\.?)',
  'この度は',
  '誠に',
  'ありがとうございま(?:す|した)',
  'またのご利用(?:を)?(?:心より)?お待ちしております',
  '今後とも',
  'よろしくお願い(?:いた|致)?します',
  'お世話になっております',
  '(?:お問い合わせ|追跡|注文)番号',
  '(?:商品の)?(?:到着|お届け)まで(?:今)?しばらく(?:お待ち(?:ください|くださいませ))',
  'ご確認(?:ください|くださいませ|をお願いします)',
  '您好',
  '(?:亲爱的|尊敬的)(?:买家|顾客|客户)?',
  '谢谢',
  '祝您(?:生活|购物)?愉快',
  '欢迎(?:您)?(?:再次|下次)光临',
  '请注意查收',
  '请耐心等待',
  '(?:物流|快递|运)单号',
  '订单号',
  '안녕하세요',
  '고객님',
  '감사(?:합니다|드립니다)',
  '좋은 하루 (?:되세요|보내세요)',
  '(?:운?송장|주문)\\s*번호',
  '확인 부탁드립니다',
];

export const NOTICE = compile(NOTICE_SOURCES);
export const COURTESY = compile(COURTESY_SOURCES);
