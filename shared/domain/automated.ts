import { isMarketplaceRelayAddress } from './buyer.js';
import type { Address, AutomatedKind } from './message.js';
import { AMAZON_ADDRESS, MARKETPLACE_SENDER_NAME } from './marketplace.js';
import { foldFullWidthAscii } from './text-normalize.js';

/**
 * Mail that needs no reply because no person wrote it to us: bounces, auto-replies and the
 * marketplace's own notices. Staff want "buyer messages only" without these (domain.md), and
 * an auto-reply must never be answered automatically (RFC 3834 §2: loops).
 */

export interface AutomatedInput {
  from: Address | null;
  subject: string;
  /** Header names lower-cased; values as received (unfolded). */
  headers: Record<string, string>;
  /** The start of the body text, when the caller has it: Amazon's opt-out bounce says so only there. */
  text?: string;
}

const BOUNCE_LOCAL = /^(?:mailer-daemon|postmaster)$/i;
const BOUNCE_NAME = /^mail delivery (?:subsystem|system)$/i;
// Amazon's opt-out bounce and common DSN subjects. Specific phrases only: a buyer may well
// write "my parcel could not be delivered".
const BOUNCE_SUBJECT =
  /^(?:(?:undeliverable|undelivered mail|returned mail|delivery status notification|mail delivery failed|delivery failure)\b|配信不能|配信エラー|退信|投递失败|발송 실패)|message (?:could not|cannot|can't) be delivered|buyer has opted out|opted out of (?:receiving )?(?:unsolicited )?messages|メッセージ(?:を|は)?(?:配信|送信)できませんでした|受信拒否/i;
const OPT_OUT_TEXT =
  /(?:この)?購入者(?:様)?は[^\n]{0,80}受信(?:を)?拒否|購入者が[^\n]{0,40}(?:受信しない|オプトアウト)|buyer has opted out|opted out of (?:receiving )?(?:unsolicited )?messages|your message could not be delivered|买家[^\n]{0,40}(?:拒收|退订)|구매자[^\n]{0,40}수신 거부/i;

// RFC 3834 replies and vendor headers. Only at the start of the subject: a buyer answering our
// own acknowledgement writes "Re: 【自動返信】…", which is a real message.
const AUTO_REPLY_SUBJECT =
  /^[\s[【(]*(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|自動返信|自動応答|自动回复|自動回覆|자동 회신|자동 응답|부재중|abwesenheitsnotiz|réponse automatique|respuesta automática)/i;
// "不在" alone is also the parcel-delivery notice (不在票); trust it only next to an auto-response hint.
const WEAK_AUTO_REPLY_SUBJECT = /^[\s[【(]*(?:不在|休暇|休業)/;

const NOTICE_SUBJECT =
  /注文確定|ご注文の確認|発送通知|発送のお知らせ|出品者様へのお知らせ|出品者の皆様へ|注文の確認|your amazon(?:\.[a-z.]+)? order|sold,? ship now|shipping confirmation|order confirmation|已发货|订单确认|发货通知|주문 확인|배송 안내|seller central/i;

function header(h: Record<string, string>, name: string): string {
  return (h[name] ?? '').trim().toLowerCase();
}

function isBounce(input: AutomatedInput, ct: string): boolean {
  const local = input.from?.address.split('@')[0] ?? '';
  if (BOUNCE_LOCAL.test(local) || BOUNCE_NAME.test(input.from?.name.trim() ?? '')) return true;
  if (ct.startsWith('multipart/report') && /report-type\s*=\s*"?delivery-status/.test(ct)) return true;
  if (input.headers['x-failed-recipients'] !== undefined) return true;
  if (BOUNCE_SUBJECT.test(input.subject)) return true;
  return input.text !== undefined && OPT_OUT_TEXT.test(input.text.slice(0, 2000));
}

function isAutoReply(input: AutomatedInput, ct: string): boolean {
  const h = input.headers;
  const autoSubmitted = header(h, 'auto-submitted');
  if (autoSubmitted !== '' && !autoSubmitted.startsWith('no')) return true;
  if (
    h['x-autoreply'] !== undefined ||
    h['x-autorespond'] !== undefined ||
    h['x-autoresponder'] !== undefined
  ) {
    return true;
  }
  // Read receipts (RFC 8098) are machine-made replies too.
  if (ct.startsWith('multipart/report') && ct.includes('disposition-notification')) return true;
  const precedence = header(h, 'precedence');
  if (precedence === 'auto_reply') return true;
  if (AUTO_REPLY_SUBJECT.test(input.subject)) return true;
  // Outlook puts X-Auto-Response-Suppress on ordinary mail to stop replies *to* it, so it only
  // corroborates a subject that already looks like an absence notice.
  const suppress = header(h, 'x-auto-response-suppress');
  const hinted = /\b(?:all|oof)\b/.test(suppress) || precedence === 'bulk' || precedence === 'junk';
  return hinted && WEAK_AUTO_REPLY_SUBJECT.test(input.subject);
}

function isMarketplaceNotice(input: AutomatedInput): boolean {
  const from = input.from;
  const addr = from?.address.trim().toLowerCase() ?? '';
  if (AMAZON_ADDRESS.test(addr)) return true;
  // Forwarded or list-rewritten notices lose the Amazon address but keep its name and subject.
  const amazonName =
    from !== null && (MARKETPLACE_SENDER_NAME.test(from.name.trim()) || /amazon/i.test(from.name));
  return (from === null || amazonName) && NOTICE_SUBJECT.test(input.subject);
}

export function classifyAutomated(raw: AutomatedInput): AutomatedKind {
  // Ｒｅ：and other full-width subjects from Japanese mailers match the ASCII patterns after this.
  const input = { ...raw, subject: foldFullWidthAscii(raw.subject) };
  const ct = header(input.headers, 'content-type');
  if (isBounce(input, ct)) return 'bounce';
  // A buyer's relay address is a person even when the relay adds bulk-looking headers.
  const relayed = input.from !== null && isMarketplaceRelayAddress(input.from.address);
  if (!relayed && isMarketplaceNotice(input)) return 'marketplace-notice';
  if (isAutoReply(input, ct)) return 'auto-reply';
  return 'none';
}
