import { z } from 'zod';
import { messageSummarySchema } from './message.js';

export const SEARCH_LIMIT_MAX = 200;

export const searchRequestSchema = z.strictObject({
  q: z.string().max(500),
  limit: z.int().min(1).max(SEARCH_LIMIT_MAX).optional(),
});

/** [start, end) in UTF-16 units of the subject or snippet, as String.slice takes them. */
const rangeSchema = z.tuple([z.int().nonnegative(), z.int().nonnegative()]);

export const searchResultSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      score: z.number(),
      subjectHighlights: z.array(rangeSchema),
      snippetHighlights: z.array(rangeSchema),
      /** The list row's data, as messages:list items carry it: no request per hit. */
      summary: messageSummarySchema,
    }),
  ),
  total: z.int().nonnegative(),
  tookMs: z.number().nonnegative(),
  /** The index is still being built: more may match once it is done. */
  partial: z.literal(true).optional(),
});
