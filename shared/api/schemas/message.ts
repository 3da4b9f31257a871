import { z } from 'zod';
import { DOWNLOAD_EXTENTS, type MessageMeta, type StoredBody } from '../../domain/message.js';
import { CATEGORIES, URGENCY_SIGNALS } from '../../domain/classifier/types.js';
import { assertType, type Equals } from './type-equality.js';

/** Dates cross the bridge as ISO 8601 strings (structured clone would keep Date, JSON would not). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Display names and addresses come from hostile mail, so no e-mail syntax check here. */
export const addressSchema = z.object({ name: z.string(), address: z.string() });

export const mailboxRoleSchema = z.enum(['inbox', 'sent']);

/** A message, thread, draft or outbox id as a request carries it. */
export const idSchema = z.string().min(1).max(256);

export const languageSchema = z.enum(['ja', 'zh', 'ko', 'en', 'other']);

export const messageTriageSchema = z.object({
  category: z.enum(CATEGORIES),
  confidence: z.number().min(0).max(1),
  uncertain: z.boolean(),
  cues: z.array(z.string()),
  signals: z.array(z.enum(URGENCY_SIGNALS)),
});

export const messageMetaSchema = z.object({
  id: z.string().min(1),
  mailbox: mailboxRoleSchema,
  mailboxPath: z.string(),
  // RFC 3501: UIDs are non-zero unsigned 32-bit numbers.
  uid: z.int().min(1).max(0xffff_ffff),
  uidValidity: z.string().regex(/^\d+$/),
  messageId: z.string().nullable(),
  inReplyTo: z.string().nullable(),
  references: z.array(z.string()),
  date: isoDateTimeSchema,
  internalDate: isoDateTimeSchema,
  from: addressSchema.nullable(),
  to: z.array(addressSchema),
  subject: z.string(),
  snippet: z.string(),
  language: languageSchema,
  orderIds: z.array(z.string().regex(/^\d{3}-\d{7}-\d{7}$/)),
  buyer: z.object({ address: z.string(), name: z.string() }).nullable(),
  automated: z.enum(['none', 'marketplace-notice', 'auto-reply', 'bounce']),
  attachments: z.array(
    z.object({ filename: z.string(), contentType: z.string(), size: z.int().nonnegative() }),
  ),
  hasHtml: z.boolean(),
  flags: z.array(z.string()),
  modseq: z.string().regex(/^\d+$/).nullable(),
  size: z.int().nonnegative(),
  threadId: z.string().min(1),
  parseError: z.string().nullable(),
  charset: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  expungedAt: isoDateTimeSchema.nullable(),
  triage: messageTriageSchema.nullable(),
  downloaded: z.enum(DOWNLOAD_EXTENTS),
});

assertType<Equals<z.infer<typeof messageMetaSchema>, MessageMeta>>();

/**
 * What a list row needs. Result validation strips unknown keys, so the core may hand over whole
 * MessageMeta objects and only these fields cross the bridge.
 */
export const messageSummarySchema = messageMetaSchema.pick({
  id: true,
  mailbox: true,
  date: true,
  from: true,
  to: true,
  subject: true,
  snippet: true,
  language: true,
  orderIds: true,
  buyer: true,
  automated: true,
  attachments: true,
  hasHtml: true,
  flags: true,
  threadId: true,
  parseError: true,
  expungedAt: true,
  triage: true,
  downloaded: true,
});

export type MessageSummary = z.infer<typeof messageSummarySchema>;

export const storedBodySchema = z.object({ text: z.string(), html: z.string().nullable() });

assertType<Equals<z.infer<typeof storedBodySchema>, StoredBody>>();
