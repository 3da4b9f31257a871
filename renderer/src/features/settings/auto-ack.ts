import { ALL_RULES, checkDraft } from '../../../../shared/domain/compliance/check.js';
import type { ComplianceSettings, Finding, Rule } from '../../../../shared/domain/compliance/types.js';

/** The automatic acknowledgement's texts: one per buyer language, English is the fallback. */

export const ACK_LANGUAGES = ['ja', 'zh', 'ko', 'en'] as const;
export type AckLanguage = (typeof ACK_LANGUAGES)[number];
export type AckBodies = Record<AckLanguage, string>;

/** An acknowledgement says "received, we will answer"; anything longer is a real reply. */
export const MAX_ACK_CHARS = 500;

/**
 * Starting points offered in the dialog. They are in the buyer's language, not the UI's, so
 * they are constants rather than translations; each passes the compliance checker (tested).
 */
export const SUGGESTED_ACK_BODIES: AckBodies = {
  ja: 'お問い合わせいただきありがとうございます。内容を確認のうえ、24時間以内に担当者よりご連絡いたします。今しばらくお待ちください。',
  zh: '感谢您的来信。我们会在确认内容后，于24小时内由客服回复您，请您稍候。',
  ko: '문의해 주셔서 감사합니다. 내용을 확인한 뒤 24시간 이내에 담당자가 답변드리겠습니다. 잠시만 기다려 주세요.',
  en: 'Thank you for your message. We are looking into it and will reply within 24 hours.',
};

export type AckProblem =
  { kind: 'empty' } | { kind: 'too-long'; max: number } | { kind: 'blocked'; findings: Finding[] };

/**
 * The blocking findings for one text, checked as the reply it becomes: in the buyer's language,
 * in a thread the buyer started. Warnings are left out on purpose — a generic acknowledgement
 * cannot quote the order ID, and the seller cannot act on that here.
 */
export function ackFindings(
  body: string,
  language: AckLanguage,
  settings: ComplianceSettings,
  now: Date,
  rules: readonly Rule[] = ALL_RULES,
): Finding[] {
  const draft = { subject: '', body, buyerLanguage: language, proactive: false };
  return checkDraft(draft, settings, now, rules).filter((f) => f.severity === 'block');
}

/** What stops saving one text; texts matter only while the acknowledgement is switched on. */
export function ackProblem(
  body: string,
  language: AckLanguage,
  settings: ComplianceSettings,
  now: Date,
  rules: readonly Rule[] = ALL_RULES,
): AckProblem | null {
  if (body.trim() === '') return { kind: 'empty' };
  if (body.length > MAX_ACK_CHARS) return { kind: 'too-long', max: MAX_ACK_CHARS };
  const findings = ackFindings(body, language, settings, now, rules);
  return findings.length > 0 ? { kind: 'blocked', findings } : null;
}
