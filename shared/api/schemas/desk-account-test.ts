import { z } from 'zod';
import { serverSettingsSchema } from './account.js';

/** The password is used for this one test and never stored or returned. */
export const accountTestRequestSchema = z.strictObject({
  imap: serverSettingsSchema,
  password: z.string().min(1).max(1024),
});

export const ACCOUNT_TEST_STEPS = ['dns', 'tcp', 'tls', 'certificate', 'login', 'capability'] as const;

/**
 * `code` is stable for translation: 'ok', 'skipped', 'invalid-settings', 'dns-failed',
 * 'connection-refused', 'tcp-failed', 'timeout', 'tls-failed', 'starttls-unsupported',
 * 'server-error', 'ca-file-invalid', 'cert-untrusted', 'cert-expired', 'cert-not-yet-valid',
 * 'cert-hostname', 'auth-failed', 'imap4rev1-missing', or another contract ErrorCode.
 */
export const accountTestResultSchema = z.object({
  steps: z.array(
    z.object({
      step: z.enum(ACCOUNT_TEST_STEPS),
      ok: z.boolean(),
      code: z.string(),
      message: z.string(),
      info: z.array(z.string()),
    }),
  ),
  ok: z.boolean(),
});
