import { z } from 'zod';
import { CATEGORIES, URGENCY_SIGNALS } from '../../domain/classifier/types.js';
import { STAFF_ID } from '../../domain/triage/keywords.js';
import { idSchema, isoDateTimeSchema, messageSummarySchema } from './message.js';

/** Requests and results of triage (issue 4): actions, the queue's explanation, corrections, metrics. */

/** A whole queue item (a thread's open messages) is one action; more at once is a caller bug. */
const idsSchema = z.array(idSchema).min(1).max(500);
const count = z.int().nonnegative();
const category = z.enum(CATEGORIES);

export const staffIdSchema = z.string().regex(STAFF_ID);

export const triageActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('set-category'), category }),
  z.strictObject({ kind: z.literal('no-reply'), on: z.boolean() }),
  z.strictObject({ kind: z.literal('spam'), on: z.boolean() }),
  z.strictObject({ kind: z.literal('answered'), on: z.boolean() }),
  z.strictObject({ kind: z.literal('assign'), staff: staffIdSchema.nullable() }),
]);

export const triageActRequestSchema = z.strictObject({ ids: idsSchema, action: triageActionSchema });
export const triageActResultSchema = z.object({
  changed: count,
  /** Actions waiting for the server (offline, or the replay has not run yet). */
  pending: count,
});

export const reportSpamRequestSchema = z.strictObject({ ids: idsSchema });

export const rankReasonSchema = z.object({
  kind: z.enum(['overdue', 'due-soon', 'follow-ups', 'category', ...URGENCY_SIGNALS]),
  detail: z.union([z.string(), z.number()]).optional(),
});

/** Why a Needs-reply item sits where it does, for its countdown and its "why" line. */
export const queueInfoSchema = z.object({
  deadline: isoDateTimeSchema,
  msLeft: z.number(),
  countdown: z.enum(['overdue', 'critical', 'soon', 'ok']),
  category,
  signals: z.array(z.enum(URGENCY_SIGNALS)),
  followUps: count,
  messageIds: z.array(idSchema),
  reasons: z.array(rankReasonSchema),
  rank: z.int().min(1),
});

export const queueSummarySchema = messageSummarySchema.extend({ queue: queueInfoSchema.optional() });
export type QueueSummary = z.infer<typeof queueSummarySchema>;

export const correctionViewSchema = z.object({
  messageId: z.string(),
  category,
  subject: z.string(),
  at: isoDateTimeSchema,
});
export const correctionsResultSchema = z.object({ corrections: z.array(correctionViewSchema) });
export const resetCorrectionsRequestSchema = z.strictObject({ messageIds: z.array(idSchema).nullable() });
export const resetCorrectionsResultSchema = z.object({ removed: count });

export const staffMemberSchema = z.strictObject({ id: staffIdSchema, name: z.string().max(80) });
export const staffSettingsSchema = z.strictObject({
  /** Who works at this desk: new assignments default to them. */
  me: staffIdSchema.nullable(),
  staff: z.array(staffMemberSchema).max(50),
});

const share = z.number().min(0).max(1).nullable();
const ms = z.number().nonnegative().nullable();
const bucketSchema = z.object({
  buyerMessages: count,
  answeredWithin24h: count,
  shareWithin24h: share,
  medianFirstResponseMs: ms,
});
const byCategory = z.object({
  inquiry: bucketSchema,
  complaint: bucketSchema,
  thanks: bucketSchema,
  spam: bucketSchema,
});
export const responseMetricsSchema = z.object({
  generatedAt: isoDateTimeSchema,
  windows: z.array(
    z.object({
      days: count,
      buyerMessages: count,
      answered: count,
      answeredElsewhere: count,
      answeredWithin24h: count,
      shareWithin24h: share,
      medianFirstResponseMs: ms,
      pending: count,
      byCategory,
      byStaff: z.record(z.string(), bucketSchema),
    }),
  ),
  overdueNow: count,
  overdueByCategory: z.object({ inquiry: count, complaint: count, thanks: count, spam: count }),
  overdueByStaff: z.record(z.string(), count),
});
