import { z } from 'zod';
import { storeModeSchema } from './desk-demo.js';

export const storeReportSchema = z.object({
  /** Files that failed to parse at start-up and what was done about them. */
  recovered: z.array(
    z.object({
      file: z.string(),
      action: z.string(),
      keptCorruptAs: z.string().nullable(),
    }),
  ),
  /** The schema version the store was migrated from at this start, or null when none ran. */
  migratedFrom: z.int().nonnegative().nullable(),
});

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  storeReport: storeReportSchema,
  mode: storeModeSchema,
});
