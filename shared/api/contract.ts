import { z } from 'zod';
import type { CallChannel, EventChannel } from './channels.js';
import { accountSettingsSchema, accountViewSchema, setPasswordRequestSchema } from './schemas/account.js';
import { appInfoSchema } from './schemas/app.js';
import { messageMetaSchema, messageSummarySchema, storedBodySchema } from './schemas/message.js';
import { syncProgressSchema, syncReportSchema, syncStatusSchema } from './schemas/sync.js';

/**
 * THE contract between the window and the core. Requests are strict (an unknown key is a caller
 * bug, reported as 'invalid-request'); results are plain objects, so validating them strips any
 * key the contract does not name — nothing the core carries by accident crosses the bridge.
 * Schemas use no transforms or defaults, so a request's input and output types are the same.
 */
export interface CallSpec {
  request: z.ZodType;
  result: z.ZodType;
}

const empty = z.strictObject({});

export const MESSAGES_PAGE_MAX = 500;

export const calls = {
  'app:info': { request: empty, result: appInfoSchema },
  'account:get': { request: empty, result: accountViewSchema },
  'account:set': { request: accountSettingsSchema, result: empty },
  // Write-only on purpose: no call returns a password.
  'account:set-password': { request: setPasswordRequestSchema, result: empty },
  'sync:run': { request: empty, result: syncReportSchema },
  'sync:status': { request: empty, result: syncStatusSchema },
  'messages:list': {
    request: z.strictObject({
      view: z.enum(['all', 'buyer', 'sent']).optional(),
      offset: z.int().nonnegative().optional(),
      limit: z.int().min(1).max(MESSAGES_PAGE_MAX).optional(),
    }),
    result: z.object({ total: z.int().nonnegative(), items: z.array(messageSummarySchema) }),
  },
  'messages:get': {
    request: z.strictObject({ id: z.string().min(1).max(256) }),
    result: z.object({ meta: messageMetaSchema, body: storedBodySchema }),
  },
} as const satisfies Record<CallChannel, CallSpec>;

export const events = {
  'sync:progress': syncProgressSchema,
  'sync:status-changed': syncStatusSchema,
  'messages:changed': z.object({ ids: z.array(z.string()) }),
} as const satisfies Record<EventChannel, z.ZodType>;
