import { z } from 'zod';
import { ERROR_CODES } from '../result.js';
import { isoDateTimeSchema, mailboxRoleSchema } from './message.js';

const countsSchema = z.object({
  fetched: z.int().nonnegative(),
  updated: z.int().nonnegative(),
  expunged: z.int().nonnegative(),
});

export const syncReportSchema = z.object({
  inbox: countsSchema,
  sent: countsSchema,
  durationMs: z.number().nonnegative(),
});

export const syncProgressSchema = z.object({
  mailbox: mailboxRoleSchema,
  done: z.int().nonnegative(),
  total: z.int().nonnegative(),
});

export const syncStatusSchema = z.object({
  state: z.enum(['idle', 'connecting', 'syncing', 'connected', 'offline', 'error']),
  lastSyncedAt: isoDateTimeSchema.nullable(),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).nullable(),
  progress: syncProgressSchema.nullable(),
});

export type SyncStatus = z.infer<typeof syncStatusSchema>;
export type SyncProgress = z.infer<typeof syncProgressSchema>;
