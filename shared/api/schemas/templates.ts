import { z } from 'zod';
import {
  CUSTOM_KEY,
  TEMPLATE_KINDS,
  TEMPLATE_LANGUAGES,
  type Template,
} from '../../domain/templates/types.js';
import { assertType, type Equals } from './type-equality.js';
import { isoDateTimeSchema } from './message.js';
import { findingSchema } from './replies.js';

/** Requests and results of the template library (issue 6). */

const idSchema = z.string().min(1).max(128);
const language = z.enum(TEMPLATE_LANGUAGES);
const kind = z.enum(TEMPLATE_KINDS);
/** 100 KB templates are refused with a clear message (issue 6 "bad input"), not truncated. */
export const MAX_TEMPLATE_TEXT = 20_000;

export const templateVariantSchema = z.strictObject({
  subject: z.string().max(1000),
  body: z.string().max(MAX_TEMPLATE_TEXT),
});

export const templateSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  tags: z.array(z.string().min(1).max(50)).max(30),
  kinds: z.array(kind).max(3),
  defaultLanguage: language,
  variants: z.partialRecord(language, templateVariantSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  reviewedAt: isoDateTimeSchema,
  lastUsedAt: isoDateTimeSchema.nullable(),
  useCount: z.int().nonnegative(),
  starter: z.boolean(),
});
assertType<Equals<z.infer<typeof templateSchema>, Template>>();

/** What the library shows for a template: the template plus what the checks found. */
export const templateViewSchema = z.object({
  template: templateSchema,
  /** Per language: compliance findings on the text (placeholders filled with sample values) and syntax problems. */
  findings: z.partialRecord(language, z.array(findingSchema)),
  /** Placeholder syntax errors (unclosed `{{`, unknown names), per language. */
  syntax: z.partialRecord(
    language,
    z.array(
      z.object({
        field: z.enum(['subject', 'body']),
        kind: z.enum(['unclosed', 'unknown-name', 'stray-close']),
        start: z.int().nonnegative(),
        end: z.int().nonnegative(),
        name: z.string(),
      }),
    ),
  ),
  /** A blocking finding or a syntax error in any variant: cannot be inserted until fixed. */
  blocked: z.boolean(),
  /** Not reviewed within the review period. */
  reviewDue: z.boolean(),
});

/** Saving: new when id is null; timestamps and use counts are the core's. */
export const templateInputSchema = z.strictObject({
  id: idSchema.nullable(),
  name: z.string().min(1).max(200),
  tags: z.array(z.string().min(1).max(50)).max(30),
  kinds: z.array(kind).max(3),
  defaultLanguage: language,
  variants: z.partialRecord(language, templateVariantSchema),
  /** Saving also marks the template reviewed now. */
  reviewed: z.boolean(),
});

export const templateListResultSchema = z.object({ templates: z.array(templateViewSchema) });
export const templateIdRequestSchema = z.strictObject({ id: idSchema });
export const templateDeleteResultSchema = z.object({
  /** Pass to templates:restore within the session to undo. */
  undoToken: z.string(),
});
export const templateRestoreRequestSchema = z.strictObject({ undoToken: z.string().min(1).max(200) });

export const templateExportResultSchema = z.object({ json: z.string(), count: z.int().nonnegative() });
/** An import file is at most a few MB of text; more is not a template library. */
export const templateImportRequestSchema = z.strictObject({ json: z.string().max(5_000_000) });
export const templateImportPreviewSchema = z.object({
  added: z.array(z.object({ id: z.string(), name: z.string() })),
  updated: z.array(z.object({ id: z.string(), name: z.string() })),
  unchanged: z.int().nonnegative(),
});
export const templateImportResultSchema = z.object({
  added: z.int().nonnegative(),
  updated: z.int().nonnegative(),
});

export const customFieldSchema = z.strictObject({
  key: z.string().regex(CUSTOM_KEY),
  label: z.string().min(1).max(80),
  value: z.string().max(2000),
});
export const templateSettingsSchema = z.strictObject({
  shopName: z.string().max(200),
  customFields: z.array(customFieldSchema).max(50),
  reviewAfterDays: z.int().min(1).max(3650),
});

export const suggestRequestSchema = z.strictObject({ messageId: idSchema, query: z.string().max(200) });
export const suggestionSchema = z.object({
  templateId: idSchema,
  name: z.string(),
  /** The variant that would be inserted: the buyer's language when it exists. */
  language,
  /** False: no variant in the buyer's language, the default language is offered instead. */
  buyerLanguageMatch: z.boolean(),
  blocked: z.boolean(),
  score: z.number(),
  reasons: z.array(z.enum(['category', 'language', 'cues', 'recent', 'query'])),
});
export const suggestResultSchema = z.object({ suggestions: z.array(suggestionSchema) });

export const renderRequestSchema = z.strictObject({
  templateId: idSchema,
  messageId: idSchema,
  language: language.nullable(),
  /** Values typed by staff (item, concern, deliveryDate, or overrides); empty strings count as missing. */
  values: z.record(z.string().max(100), z.string().max(2000)),
  /** Insertion (not preview): counts as a use for the suggestions' "recent use". */
  use: z.boolean(),
});
export const renderResultSchema = z.object({
  subject: z.string(),
  body: z.string(),
  language,
  buyerLanguageMatch: z.boolean(),
  /** Placeholder names with no value: shown in the editor, and sending is blocked until filled. */
  missing: z.array(z.string()),
  /** Every placeholder used, its value and where it came from, for the insert form. */
  fields: z.array(
    z.object({
      name: z.string(),
      value: z.string(),
      source: z.enum(['message', 'settings', 'staff', 'typed', 'today', 'none']),
    }),
  ),
});
