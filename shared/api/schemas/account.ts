import { z } from 'zod';
import type { AccountSettings, ServerSettings } from '../../domain/account.js';
import { assertType, type Equals } from './type-equality.js';

/**
 * Structure and hard bounds only; the friendlier per-field checks (loopback-only plaintext, empty
 * user) are shared/domain/account.ts `checkServerSettings`, which the UI runs before sending.
 * The host pattern matches that module's notion of "invalid" so both sides agree.
 */
const hostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[^\s/@?#]+$/, 'Not a host name');

export const serverSettingsSchema = z.strictObject({
  host: hostSchema,
  port: z.int().min(1).max(65535),
  // 'implicit' = TLS from the first byte (IMAPS 993 / SMTPS 465); 'starttls' = RFC 3207/2595 upgrade.
  tls: z.enum(['implicit', 'starttls', 'none']),
  user: z.string().max(320),
  caFile: z.string().min(1).max(4096).nullable(),
});

assertType<Equals<z.infer<typeof serverSettingsSchema>, ServerSettings>>();

/** Passwords are deliberately absent: they go in through `account:set-password` and never come out. */
export const accountSettingsSchema = z.strictObject({
  imap: serverSettingsSchema,
  smtp: serverSettingsSchema,
});

assertType<Equals<z.infer<typeof accountSettingsSchema>, AccountSettings>>();

// Results strip unknown keys instead of rejecting them, so a stray field (say, a password the core
// kept beside the settings) is dropped rather than turning the whole call into an error.
const serverSettingsView = z.object(serverSettingsSchema.shape);

export const accountViewSchema = z
  .object({
    imap: serverSettingsView,
    smtp: serverSettingsView,
    hasPassword: z.object({ imap: z.boolean(), smtp: z.boolean() }),
  })
  .nullable();

export const setPasswordRequestSchema = z.strictObject({
  which: z.enum(['imap', 'smtp']),
  password: z.string().min(1).max(1024),
});
