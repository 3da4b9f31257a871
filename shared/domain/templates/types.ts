/**
 * The template library's vocabulary (issue 6). Templates are local-only data (the IMAP server
 * knows nothing of them); the placeholder syntax is ours, see placeholders.ts.
 *
 * Syntax: `{{name}}` where name is one of PLACEHOLDERS or `custom.<key>` (a field the shop sets
 * up in settings). Nothing else is special: no logic, no loops, no HTML — a template is text a
 * seller can read and a buyer can never receive half-filled.
 */

export const TEMPLATE_LANGUAGES = ['ja', 'en', 'zh', 'ko'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** The message kinds a template fits (spam is never answered). */
export const TEMPLATE_KINDS = ['inquiry', 'complaint', 'thanks'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const PLACEHOLDERS = [
  'buyerName', // from the buyer message's display name; 様/님 are the template's own words
  'orderId', // the first order ID of the thread
  'orderIds', // all of them, joined
  'item', // the product, typed or prefilled from the message
  'concern', // one line summarising the buyer's concern, prefilled from the message, editable
  'shopName', // settings
  'staffName', // the staff member at this desk (triage staff settings)
  'today', // the date in the variant's language
  'deliveryDate', // expected delivery date, typed by staff
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export const CUSTOM_PREFIX = 'custom.';
/** Custom field keys: short identifiers, so `{{custom.returnAddress}}` reads naturally. */
export const CUSTOM_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export interface TemplateVariant {
  subject: string;
  body: string;
}

export interface Template {
  id: string;
  name: string;
  tags: string[];
  kinds: TemplateKind[];
  defaultLanguage: TemplateLanguage;
  /** At least the default language; the others are optional. */
  variants: Partial<Record<TemplateLanguage, TemplateVariant>>;
  createdAt: string;
  updatedAt: string;
  /** When staff last confirmed the text is current; older than the review period is flagged. */
  reviewedAt: string;
  /** Recent use ranks suggestions. */
  lastUsedAt: string | null;
  useCount: number;
  /** Shipped with the app (ids start with `starter-`). */
  starter: boolean;
}

export interface CustomField {
  key: string;
  label: string;
  value: string;
}

export interface TemplateSettings {
  shopName: string;
  customFields: CustomField[];
  /** Templates not reviewed for this many days are flagged (issue 6: 90 by default). */
  reviewAfterDays: number;
}

export const DEFAULT_TEMPLATE_SETTINGS: TemplateSettings = {
  shopName: '',
  customFields: [],
  reviewAfterDays: 90,
};

/** The export file's format version; an import from a newer version is refused with a clear message. */
export const TEMPLATE_EXPORT_VERSION = 1;
