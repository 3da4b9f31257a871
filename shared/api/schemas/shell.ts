import { z } from 'zod';
import { idSchema } from './message.js';

/**
 * The URL is only a string here: whether it may leave the app is decided in main by
 * shared/domain/url-policy.ts on the parsed URL, and a refusal comes back as 'invalid-request'.
 * 2048 matches the policy's own limit, so an absurd string is refused before it is parsed.
 */
export const openExternalRequestSchema = z.strictObject({ url: z.string().min(1).max(2048) });

export const openExternalResultSchema = z.object({ opened: z.boolean() });

/**
 * An attachment is named by its message and its position in that message's `attachments` list,
 * never by a file name or path from the mail: main reads the bytes from the stored source and
 * the user picks where they go in the system save dialog.
 */
export const saveAttachmentRequestSchema = z.strictObject({
  id: idSchema,
  index: z.number().int().min(0).max(10_000),
});

/** `saved: false` is the user cancelling the dialog, not a failure. */
export const saveAttachmentResultSchema = z.object({ saved: z.boolean() });
