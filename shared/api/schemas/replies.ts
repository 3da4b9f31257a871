import { z } from 'zod';
import { ATTACHMENT_PURPOSES, RULE_IDS } from '../../domain/compliance/types.js';
import { idSchema, isoDateTimeSchema, languageSchema } from './message.js';

/** Requests and results of replying (issue 5): drafts, attachments, send, the compliance settings. */

const count = z.int().nonnegative();
/** 100 KB of text is far beyond any reply; more is a bug or an attack, not a message. */
const MAX_TEXT = 100_000;
/** Base64 of the largest attachment the size setting allows (at most 25 MB) plus slack. */
const MAX_ATTACHMENT_BASE64 = Math.ceil((25 * 1024 * 1024 * 4) / 3) + 16;

export const attachmentPurposeSchema = z.enum(ATTACHMENT_PURPOSES);

export const draftAttachmentSchema = z.object({
  id: idSchema,
  filename: z.string().max(255),
  /** Found in the content (magic bytes), never taken from the name. */
  contentType: z.string(),
  size: count,
  purpose: attachmentPurposeSchema,
});

/** What the editor holds; drafts:save and replies:send both take it. */
export const draftInputSchema = z.strictObject({
  threadId: idSchema,
  /** The buyer message being answered (store id): In-Reply-To/References and the quote come from it. */
  inReplyTo: idSchema,
  subject: z.string().max(1000),
  body: z.string().max(MAX_TEXT),
  html: z.string().max(MAX_TEXT).nullable(),
  /** Adds the marketplace's [Important] tag to the subject (only for messages essential to the order). */
  important: z.boolean(),
  /** https links the user confirmed as needed to complete the order. */
  confirmedLinks: z.array(z.string().max(2048)).max(50),
  /** Purposes of the attachments already added (by id); unknown ids are refused. */
  attachmentPurposes: z.record(idSchema, attachmentPurposeSchema),
});

export const draftSchema = z.object({
  threadId: idSchema,
  inReplyTo: idSchema,
  subject: z.string(),
  body: z.string(),
  html: z.string().nullable(),
  important: z.boolean(),
  confirmedLinks: z.array(z.string()),
  attachments: z.array(draftAttachmentSchema),
  startedAt: isoDateTimeSchema,
  savedAt: isoDateTimeSchema,
});

/** What a new reply in this thread starts from (nothing is saved until the user types). */
export const replyDefaultsSchema = z.object({
  inReplyTo: idSchema,
  to: z.string(),
  subject: z.string(),
  /** The buyer's message as it will be quoted below the reply (marketplaces need it for opted-out buyers). */
  quote: z.string(),
  buyerLanguage: languageSchema,
  orderIds: z.array(z.string()),
});

export const draftRequestSchema = z.strictObject({ threadId: idSchema });
export const draftResultSchema = z.object({
  draft: draftSchema.nullable(),
  /** null when the thread has no buyer message to answer. */
  defaults: replyDefaultsSchema.nullable(),
});

export const attachRequestSchema = z.strictObject({
  threadId: idSchema,
  filename: z.string().min(1).max(255),
  purpose: attachmentPurposeSchema,
  dataBase64: z.string().max(MAX_ATTACHMENT_BASE64),
});
export const detachRequestSchema = z.strictObject({ threadId: idSchema, attachmentId: idSchema });

export const findingSchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(['block', 'warn']),
  field: z.enum(['subject', 'body', 'html', 'attachments']),
  start: count,
  end: count,
  excerpt: z.string(),
  detail: z.string().optional(),
  message: z.string(),
});

export const dailyUsageSchema = z.object({
  sentToday: count,
  /** 5 × average daily orders + 600 (domain.md). */
  limit: count,
  state: z.enum(['ok', 'warn', 'blocked']),
});

export const sendResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('queued'), outboxId: idSchema, warnings: z.array(findingSchema) }),
  z.object({ outcome: z.literal('blocked'), findings: z.array(findingSchema) }),
  z.object({ outcome: z.literal('limit-reached'), usage: dailyUsageSchema }),
]);

export const complianceSettingsSchema = z.strictObject({
  disabledRules: z.array(z.enum(RULE_IDS)),
  allowedDomains: z.array(z.string().min(1).max(253)).max(200),
  ownDomains: z.array(z.string().min(1).max(253)).max(50),
  bannedWords: z.array(z.string().min(1).max(100)).max(500),
  maxAttachmentBytes: z
    .int()
    .min(1024)
    .max(25 * 1024 * 1024),
  longMessageChars: z.int().min(200).max(MAX_TEXT),
});

export const autoAckSettingsSchema = z.strictObject({
  /** Off by default: an automatic message is still a message the seller answers for. */
  enabled: z.boolean(),
  /** The short reply per buyer language; the buyer's language picks, English is the fallback. */
  bodies: z.strictObject({ ja: z.string(), zh: z.string(), ko: z.string(), en: z.string() }),
});

export const replySettingsSchema = z.strictObject({
  compliance: complianceSettingsSchema,
  averageDailyOrders: z.int().min(0).max(1_000_000),
  autoAck: autoAckSettingsSchema,
});
export type ReplySettings = z.infer<typeof replySettingsSchema>;
