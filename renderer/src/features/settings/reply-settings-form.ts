import type { Req } from '../../../../shared/api/types.js';
import { RULE_IDS } from '../../../../shared/domain/compliance/types.js';
import type { ComplianceSettings, Rule, RuleId } from '../../../../shared/domain/compliance/types.js';
import { ACK_LANGUAGES, ackProblem, type AckBodies, type AckLanguage, type AckProblem } from './auto-ack.js';
import { MAX_ALLOWED_DOMAINS, MAX_OWN_DOMAINS, parseDomainList } from './domain-list.js';
import { MAX_BANNED_WORDS, MAX_WORD_CHARS, parseWordList } from './word-list.js';

/** The reply settings editor's state and rules, pure so the validation has table tests. */

export type ReplySettings = Req<'replies:set-settings'>;

const MIB = 1024 * 1024;
export const MIN_ATTACHMENT_MB = 1;
export const MAX_ATTACHMENT_MB = 25;
/** What the marketplace itself accepts (domain.md); the setting may go higher for other marketplaces. */
export const MARKETPLACE_ATTACHMENT_MB = 7;
const MAX_ORDERS = 1_000_000;

/** Text fields hold what the user typed; they become settings only through checkForm. */
export interface ReplySettingsDraft {
  disabledRules: readonly RuleId[];
  allowedDomains: string;
  ownDomains: string;
  bannedWords: string;
  attachmentMb: string;
  averageDailyOrders: string;
  autoAckEnabled: boolean;
  ackBodies: AckBodies;
}

export function draftFrom(s: ReplySettings): ReplySettingsDraft {
  return {
    disabledRules: s.compliance.disabledRules,
    allowedDomains: s.compliance.allowedDomains.join('\n'),
    ownDomains: s.compliance.ownDomains.join('\n'),
    bannedWords: s.compliance.bannedWords.join('\n'),
    attachmentMb: mbText(s.compliance.maxAttachmentBytes),
    averageDailyOrders: String(s.averageDailyOrders),
    autoAckEnabled: s.autoAck.enabled,
    ackBodies: { ...s.autoAck.bodies },
  };
}

/** Switches a rule, keeping RULE_IDS order so saving the same choice twice is no change. */
export function setRuleEnabled(disabled: readonly RuleId[], id: RuleId, enabled: boolean): RuleId[] {
  return RULE_IDS.filter((r) => (r === id ? !enabled : disabled.includes(r)));
}

/** 5 × average daily orders + 600 messages a day (the marketplace's limit, domain.md). */
export function dailyLimit(averageDailyOrders: number): number {
  return 5 * averageDailyOrders + 600;
}

/** Megabytes as shown: one decimal at most (7340032 → "7", 5000000 → "4.8"). */
export function mbText(bytes: number): string {
  return String(Math.round((bytes / MIB) * 10) / 10);
}

/** 1–25 MB, one decimal at most; full-width digits and a trailing "MB" are accepted. */
export function parseMegabytes(text: string): number | null {
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/\s*mb$/i, '');
  if (!/^\d+(?:\.\d)?$/.test(s)) return null;
  const mb = Number(s);
  return mb >= MIN_ATTACHMENT_MB && mb <= MAX_ATTACHMENT_MB ? mb : null;
}

/** A whole number of orders, 0 or more; "1,200" and full-width digits are accepted. */
export function parseOrderCount(text: string): number | null {
  const s = text.normalize('NFKC').trim();
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(s)) return null;
  const n = Number(s.replaceAll(',', ''));
  return n <= MAX_ORDERS ? n : null;
}

export type ListProblem =
  | { kind: 'invalid'; items: string[] }
  | { kind: 'too-long'; items: string[]; max: number }
  | { kind: 'too-many'; max: number };

export interface FormProblems {
  allowedDomains: ListProblem | null;
  ownDomains: ListProblem | null;
  bannedWords: ListProblem | null;
  attachmentMb: boolean;
  averageDailyOrders: boolean;
  /** Computed even while the acknowledgement is off, so the texts can be fixed before switching on. */
  ackBodies: Record<AckLanguage, AckProblem | null>;
}

export interface FormCheck {
  problems: FormProblems;
  /** The compliance settings as far as they are valid: the acknowledgement is checked against them. */
  compliance: ComplianceSettings;
  /** The request to save, or null while anything stops it. */
  settings: ReplySettings | null;
}

function domainProblem(text: string, max: number): { domains: string[]; problem: ListProblem | null } {
  const { domains, invalid } = parseDomainList(text);
  if (invalid.length > 0) return { domains, problem: { kind: 'invalid', items: invalid } };
  if (domains.length > max) return { domains, problem: { kind: 'too-many', max } };
  return { domains, problem: null };
}

function wordProblem(text: string): { words: string[]; problem: ListProblem | null } {
  const { words, tooLong } = parseWordList(text);
  if (tooLong.length > 0)
    return { words, problem: { kind: 'too-long', items: tooLong, max: MAX_WORD_CHARS } };
  if (words.length > MAX_BANNED_WORDS) return { words, problem: { kind: 'too-many', max: MAX_BANNED_WORDS } };
  return { words, problem: null };
}

export function checkForm(
  draft: ReplySettingsDraft,
  base: ReplySettings,
  now: Date,
  rules?: readonly Rule[],
): FormCheck {
  const allowed = domainProblem(draft.allowedDomains, MAX_ALLOWED_DOMAINS);
  const own = domainProblem(draft.ownDomains, MAX_OWN_DOMAINS);
  const banned = wordProblem(draft.bannedWords);
  const mb = parseMegabytes(draft.attachmentMb);
  const orders = parseOrderCount(draft.averageDailyOrders);
  // An untouched size keeps its exact bytes: a limit set elsewhere (CLI) is not rounded by opening the dialog.
  const bytes =
    mb === null || draft.attachmentMb.trim() === mbText(base.compliance.maxAttachmentBytes)
      ? base.compliance.maxAttachmentBytes
      : Math.round(mb * MIB);
  const compliance: ReplySettings['compliance'] = {
    disabledRules: RULE_IDS.filter((r) => draft.disabledRules.includes(r)),
    allowedDomains: allowed.domains.slice(0, MAX_ALLOWED_DOMAINS),
    ownDomains: own.domains.slice(0, MAX_OWN_DOMAINS),
    bannedWords: banned.words.slice(0, MAX_BANNED_WORDS),
    maxAttachmentBytes: bytes,
    longMessageChars: base.compliance.longMessageChars,
  };
  const ackBodies = Object.fromEntries(
    ACK_LANGUAGES.map((lang) => [lang, ackProblem(draft.ackBodies[lang], lang, compliance, now, rules)]),
  ) as Record<AckLanguage, AckProblem | null>;
  const problems: FormProblems = {
    allowedDomains: allowed.problem,
    ownDomains: own.problem,
    bannedWords: banned.problem,
    attachmentMb: mb === null,
    averageDailyOrders: orders === null,
    ackBodies,
  };
  const blocked =
    allowed.problem !== null ||
    own.problem !== null ||
    banned.problem !== null ||
    mb === null ||
    (draft.autoAckEnabled && ACK_LANGUAGES.some((lang) => ackBodies[lang] !== null));
  const settings: ReplySettings | null =
    blocked || orders === null
      ? null
      : {
          compliance,
          averageDailyOrders: orders,
          autoAck: { enabled: draft.autoAckEnabled, bodies: { ...draft.ackBodies } },
        };
  return { problems, compliance, settings };
}

/** Equal as the core stores them (rule order does not matter). */
export function sameSettings(a: ReplySettings, b: ReplySettings): boolean {
  const canon = (s: ReplySettings) =>
    JSON.stringify({
      ...s,
      compliance: {
        ...s.compliance,
        disabledRules: RULE_IDS.filter((r) => s.compliance.disabledRules.includes(r)),
      },
    });
  return canon(a) === canon(b);
}
