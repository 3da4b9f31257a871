import { z } from 'zod';
import { templateSchema, templateSettingsSchema } from '../../../shared/api/schemas/templates.js';
import {
  DEFAULT_TEMPLATE_SETTINGS,
  type Template,
  type TemplateSettings,
} from '../../../shared/domain/templates/types.js';
import { STORE_SCHEMA_VERSION } from '../store/index.js';

/**
 * `<dataDir>/templates.json`: the seller's template library. Local-only (the IMAP server knows
 * nothing of templates), so this file is the only copy; it is written durably with a .bak like
 * every store document.
 */

/** A deleted template kept for undo; purged TRASH_DAYS after deletion. */
export interface TrashEntry {
  token: string;
  deletedAt: string;
  template: Template;
}

export interface TemplatesDoc {
  v: number;
  templates: Template[];
  settings: TemplateSettings;
  /** The STARTER_LIBRARY_VERSION last seeded: a newer app adds its new starters once. */
  starterVersion: number;
  /** Starter ids the seller deleted: an app update must not bring them back. */
  deletedStarterIds: string[];
  trash: TrashEntry[];
}

export const TRASH_DAYS = 30;

const templatesDocSchema = z.object({
  v: z.number(),
  templates: z.array(templateSchema),
  settings: templateSettingsSchema,
  starterVersion: z.int().nonnegative(),
  deletedStarterIds: z.array(z.string()),
  trash: z.array(z.object({ token: z.string(), deletedAt: z.string(), template: templateSchema })),
});

export const isTemplatesDoc = (x: unknown): x is TemplatesDoc => templatesDocSchema.safeParse(x).success;

export function emptyTemplatesDoc(): TemplatesDoc {
  return {
    v: STORE_SCHEMA_VERSION,
    templates: [],
    settings: structuredClone(DEFAULT_TEMPLATE_SETTINGS),
    // 0: a new library is seeded with the starters at its first open.
    starterVersion: 0,
    deletedStarterIds: [],
    trash: [],
  };
}
