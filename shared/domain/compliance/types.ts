import type { Language } from '../message.js';

/**
 * The compliance gate's vocabulary (issue 5). A reply that breaks the marketplace's messaging
 * rules (domain.md) can get the seller's messaging blocked, and the marketplace only says so
 * after sending: so every rule is checked here, live in the editor and again in the core.
 */

export type Severity = 'block' | 'warn';

/** Rules that stop a reply: each is something domain.md says a message must not contain. */
export const BLOCK_RULES = [
  'link-insecure', // http:, ftp:, bare www./example.com, "example dot com"
  'link-unconfirmed', // an https link nobody confirmed as needed for the order
  'link-own-site', // the seller's own website (settings: ownDomains), even over https
  'email-address', // also "name at example dot com", full-width ＠
  'phone-number', // JP/CN/KR/US and other formats, full-width digits
  'opt-out-request', // asking the buyer to opt out of messages
  'review-incentive', // anything in exchange for a (positive) review
  'placeholder-left', // {{name}}, [NAME], ○○様, <<order>> left in the text
  'empty-salutation', // "Dear ,", "様、" with no name
  'html-tracking-pixel', // 1×1 / hidden images in HTML
  'html-insecure-image', // images not served over https
  'attachment-type', // not PDF, Word, image or text (by content)
  'attachment-too-large', // over the size limit (7 MB by default)
  'banned-word', // the seller's own list (settings: bannedWords)
] as const;

/** Rules that warn: allowed to send, but the user should look again. */
export const WARN_RULES = [
  'promotion', // coupons, discounts, sales, other products
  'order-id-missing', // no 17-digit order ID quoted
  'language-mismatch', // reply language differs from the buyer's
  'blank-lines', // excessive line breaks
  'gif-or-thumbs-down', // GIFs, 👎
  'too-long', // a very long message
  'repeats-notice', // repeats a marketplace notice (shipping/order confirmation, bare thank-you)
  'offensive', // offensive or unprofessional wording
  'important-misuse', // [Important] on a message that is not essential to the order
  'proactive-late', // proactive message > 30 days after order completion
  'attachment-purpose-other', // attachment purpose "other"
] as const;

export const RULE_IDS = [...BLOCK_RULES, ...WARN_RULES] as const;
export type BlockRuleId = (typeof BLOCK_RULES)[number];
export type WarnRuleId = (typeof WARN_RULES)[number];
export type RuleId = (typeof RULE_IDS)[number];

export const ATTACHMENT_PURPOSES = ['invoice', 'warranty', 'instructions', 'other'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

export interface DraftAttachment {
  filename: string;
  /** The type found in the content (magic bytes) by the core; the CLI takes what it is given. */
  contentType: string;
  size: number;
  purpose?: AttachmentPurpose;
}

/** What the checker reads: the text the seller wrote (the quoted buyer message is not part of it). */
export interface ComplianceDraft {
  subject: string;
  body: string;
  /** The optional simple-HTML version of the body. */
  html?: string | null;
  attachments?: readonly DraftAttachment[];
  /** The language the buyer wrote in (the best guess of their preferred language). */
  buyerLanguage?: Language | null;
  /** Order IDs known for the thread; the reply should quote one of them. */
  orderIds?: readonly string[];
  /** ISO 8601, when known: a proactive message more than 30 days later warns. */
  orderCompletedAt?: string | null;
  /** Seller-initiated (not an answer in a thread the buyer started). */
  proactive?: boolean;
  /** https links the user confirmed as needed to complete the order (exact href as written). */
  confirmedLinks?: readonly string[];
}

/** The seller's switches (settings screen); the defaults are DEFAULT_COMPLIANCE_SETTINGS. */
export interface ComplianceSettings {
  disabledRules: readonly RuleId[];
  /** Hosts whose https links need no confirmation (a carrier's tracking site); subdomains match. */
  allowedDomains: readonly string[];
  /** The seller's own website(s): links there are blocked even over https. */
  ownDomains: readonly string[];
  /** Extra words the seller never wants sent (case- and width-insensitive). */
  bannedWords: readonly string[];
  maxAttachmentBytes: number;
  /** Above this many characters the message is "very long". */
  longMessageChars: number;
}

export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = {
  disabledRules: [],
  allowedDomains: [],
  ownDomains: [],
  bannedWords: [],
  maxAttachmentBytes: 7 * 1024 * 1024,
  longMessageChars: 3000,
};

export type FindingField = 'subject' | 'body' | 'html' | 'attachments';

/** Where a rule matched: offsets into the field's original text (UTF-16), end exclusive. */
export interface RuleHit {
  field: FindingField;
  start: number;
  end: number;
  /** Optional specifics for the message (the host, the word, the attachment's name). */
  detail?: string;
}

export interface Finding extends RuleHit {
  rule: RuleId;
  severity: Severity;
  /** The matched text as written (empty for whole-message findings). */
  excerpt: string;
  /** English, for the CLI and logs; the UI shows its own translation by `rule`. */
  message: string;
}

/** One field as written and width-folded (ｈｔｔｐ→http, ＠→@, ０９０→090): same length, same offsets. */
export interface CheckedText {
  raw: string;
  folded: string;
}

export interface RuleContext {
  draft: ComplianceDraft;
  subject: CheckedText;
  body: CheckedText;
  html: CheckedText | null;
  settings: ComplianceSettings;
  now: Date;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** English: what the rule protects against, for the CLI ("Email addresses may not be sent"). */
  summary: string;
  check(ctx: RuleContext): RuleHit[];
}
