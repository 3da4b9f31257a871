import { CUSTOM_PREFIX, PLACEHOLDERS, type CustomField } from '../../../../shared/domain/templates/types.js';

export interface PlaceholderItem {
  /** What goes between the braces: `buyerName` or `custom.returnAddress`. */
  name: string;
  /** The text inserted. */
  token: string;
  custom: CustomField | null;
}

/** The insert menu: the built-in placeholders in their documented order, then the shop's fields. */
export function placeholderItems(customFields: readonly CustomField[]): PlaceholderItem[] {
  return [
    ...PLACEHOLDERS.map((name) => ({ name, token: `{{${name}}}`, custom: null })),
    ...customFields.map((f) => {
      const name = `${CUSTOM_PREFIX}${f.key}`;
      return { name, token: `{{${name}}}`, custom: f };
    }),
  ];
}

/** Replaces the selection with the token; the caret lands after it, ready to keep typing. */
export function insertToken(
  text: string,
  selectionStart: number,
  selectionEnd: number,
  token: string,
): { text: string; caret: number } {
  const start = clamp(Math.min(selectionStart, selectionEnd), text.length);
  const end = clamp(Math.max(selectionStart, selectionEnd), text.length);
  return { text: text.slice(0, start) + token + text.slice(end), caret: start + token.length };
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), max) : max;
}

export interface PreviewSegment {
  text: string;
  /** The placeholder name when this run is a `{{name}}` still waiting for a value. */
  missing: string | null;
}

/**
 * Splits a rendered preview so the missing values stand out. Rendering leaves a missing value as
 * its `{{name}}`; only the names the core listed as missing are marked, since a filled value may
 * itself contain braces (values are inserted literally, never re-expanded).
 */
export function previewSegments(text: string, missing: readonly string[]): PreviewSegment[] {
  const wanted = new Set(missing);
  const out: PreviewSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
    const name = m[1] ?? '';
    if (!wanted.has(name)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), missing: null });
    out.push({ text: m[0], missing: name });
    last = m.index + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last), missing: null });
  return out;
}
