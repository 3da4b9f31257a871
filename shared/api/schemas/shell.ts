import { z } from 'zod';

/**
 * The URL is only a string here: whether it may leave the app is decided in main by
 * shared/domain/url-policy.ts on the parsed URL, and a refusal comes back as 'invalid-request'.
 * 2048 matches the policy's own limit, so an absurd string is refused before it is parsed.
 */
export const openExternalRequestSchema = z.strictObject({ url: z.string().min(1).max(2048) });

export const openExternalResultSchema = z.object({ opened: z.boolean() });
