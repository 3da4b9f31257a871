import { MAX_TEMPLATE_TEXT, templateSchema } from '../../api/schemas/templates.js';
import { locateJsonError } from './json-position.js';
import { TEMPLATE_EXPORT_VERSION, TEMPLATE_LANGUAGES, type Template } from './types.js';

/**
 * The template library as a file (issue 6): export, and an import that validates everything
 * before anything changes. A file is untrusted input (hand-edited, from another desk, from a
 * newer app): each way it can be wrong gets its own code and a sentence staff can act on, and a
 * bad file changes nothing — no half-imported library.
 */

export const EXPORT_FORMAT = 'seller-helpdesk-templates';

export function exportTemplates(templates: readonly Template[], now: Date): string {
  return `${JSON.stringify(
    { format: EXPORT_FORMAT, version: TEMPLATE_EXPORT_VERSION, exportedAt: now.toISOString(), templates },
    null,
    2,
  )}\n`;
}

export type ImportProblem = {
  code: 'malformed' | 'newer-version' | 'wrong-format' | 'duplicate-ids' | 'invalid';
  message: string;
  detail?: string;
};

type ParseResult = { ok: true; templates: Template[] } | { ok: false; problem: ImportProblem };

function fail(code: ImportProblem['code'], message: string, detail?: string): ParseResult {
  return { ok: false, problem: detail === undefined ? { code, message } : { code, message, detail } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "template 3 "Return steps" (id starter-return)": staff find it by name, a developer by id. */
function which(index: number, raw: unknown): string {
  const name = isRecord(raw) && typeof raw.name === 'string' ? ` "${raw.name.slice(0, 60)}"` : '';
  const id = isRecord(raw) && typeof raw.id === 'string' ? ` (id ${raw.id.slice(0, 60)})` : '';
  return `template ${index + 1}${name}${id}`;
}

/**
 * Texts over the limit get their own sentence before the schema runs: "too long, at most 20,000
 * characters" is what staff need to hear, not a generic schema error, and the text is refused,
 * never silently cut.
 */
function oversized(index: number, raw: unknown): string | null {
  if (!isRecord(raw) || !isRecord(raw.variants)) return null;
  for (const [language, variant] of Object.entries(raw.variants)) {
    if (!isRecord(variant) || typeof variant.body !== 'string') continue;
    if (variant.body.length > MAX_TEMPLATE_TEXT) {
      return `${which(index, raw)}: the ${language} text has ${variant.body.length.toLocaleString('en')} characters, at most ${MAX_TEMPLATE_TEXT.toLocaleString('en')} are allowed`;
    }
  }
  return null;
}

function validate(index: number, raw: unknown): { template: Template } | { detail: string } {
  const tooLong = oversized(index, raw);
  if (tooLong !== null) return { detail: tooLong };
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined || issue.path.length === 0 ? 'the template' : issue.path.join('.');
    return { detail: `${which(index, raw)}: ${field}: ${issue?.message ?? 'invalid'}` };
  }
  const t = parsed.data;
  // The type promises a variant in the default language; the schema alone cannot say so.
  if (t.variants[t.defaultLanguage] === undefined) {
    return { detail: `${which(index, raw)}: no text in its default language (${t.defaultLanguage})` };
  }
  return { template: t };
}

export function parseImportFile(json: string): ParseResult {
  // A byte-order mark is what Windows editors add when someone saves the file by hand.
  const text = json.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = locateJsonError(text, error);
    return fail(
      'malformed',
      `The file is not valid JSON${where === null ? '' : ` (${where})`}; it may be damaged or cut short.`,
    );
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail('wrong-format', 'This is not a template file exported from Seller Helpdesk.');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'invalid',
      'The file has no valid format version.',
      `version: ${JSON.stringify(version) ?? 'missing'}`,
    );
  }
  // Checked before the templates: a newer file may hold fields this version would call invalid.
  if (version > TEMPLATE_EXPORT_VERSION) {
    return fail(
      'newer-version',
      'This file was made by a newer version of the app; update the app to import it.',
      `file version ${version}, this app reads up to ${TEMPLATE_EXPORT_VERSION}`,
    );
  }
  if (!Array.isArray(data.templates)) {
    return fail('invalid', 'The file holds no list of templates.', 'templates: missing or not a list');
  }
  const templates: Template[] = [];
  for (const [index, raw] of data.templates.entries()) {
    const result = validate(index, raw);
    if ('detail' in result)
      return fail('invalid', 'A template in the file is not valid; nothing was imported.', result.detail);
    templates.push(result.template);
  }
  const dupes = duplicateIds(templates);
  if (dupes.length > 0) {
    return fail(
      'duplicate-ids',
      'Several templates in the file share an id, so it is unclear which to keep; nothing was imported.',
      dupes.join(', '),
    );
  }
  return { ok: true, templates };
}

function duplicateIds(templates: readonly Template[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const t of templates) (seen.has(t.id) ? dupes : seen).add(t.id);
  return [...dupes];
}

export interface ImportPreview {
  added: { id: string; name: string }[];
  updated: { id: string; name: string }[];
  unchanged: number;
}

/**
 * What staff wrote, in a fixed key order: timestamps and use counts are this desk's history, not
 * content, so a file exported yesterday and imported today shows as unchanged.
 */
function contentKey(t: Template): string {
  return JSON.stringify([
    t.name,
    t.tags,
    t.kinds,
    t.defaultLanguage,
    TEMPLATE_LANGUAGES.map((l) => {
      const v = t.variants[l];
      return v === undefined ? null : [v.subject, v.body];
    }),
  ]);
}

export function previewImport(existing: readonly Template[], incoming: readonly Template[]): ImportPreview {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const preview: ImportPreview = { added: [], updated: [], unchanged: 0 };
  for (const t of incoming) {
    const old = byId.get(t.id);
    if (old === undefined) preview.added.push({ id: t.id, name: t.name });
    else if (contentKey(old) !== contentKey(t)) preview.updated.push({ id: t.id, name: t.name });
    else preview.unchanged++;
  }
  return preview;
}

/** Copies, so the caller's parsed file and the new library never share a mutable object. */
function copyVariants(variants: Template['variants']): Template['variants'] {
  const out: Template['variants'] = {};
  for (const l of TEMPLATE_LANGUAGES) {
    const v = variants[l];
    if (v !== undefined) out[l] = { subject: v.subject, body: v.body };
  }
  return out;
}

/**
 * The whole new library, or an exception before anything is built: the caller writes the result
 * in one go, so an import is all or nothing. Updated templates take the file's content and review
 * date but keep this desk's id, creation date, starter flag and use counts; unchanged ones are
 * the very same objects (so caches keyed on them stay warm); new ones are appended as they are.
 */
export function applyImport(
  existing: readonly Template[],
  incoming: readonly Template[],
  now: Date,
): Template[] {
  for (const [list, what] of [
    [incoming, 'the import'],
    [existing, 'the library'],
  ] as const) {
    const dupes = duplicateIds(list);
    if (dupes.length > 0) throw new Error(`duplicate template ids in ${what}: ${dupes.join(', ')}`);
  }
  const fromFile = new Map(incoming.map((t) => [t.id, t]));
  const stamp = now.toISOString();
  const result = existing.map((old): Template => {
    const t = fromFile.get(old.id);
    if (t === undefined || contentKey(old) === contentKey(t)) return old;
    return {
      ...old,
      name: t.name,
      tags: [...t.tags],
      kinds: [...t.kinds],
      defaultLanguage: t.defaultLanguage,
      variants: copyVariants(t.variants),
      updatedAt: stamp,
      reviewedAt: t.reviewedAt,
    };
  });
  const known = new Set(existing.map((t) => t.id));
  for (const t of incoming) {
    if (!known.has(t.id))
      result.push({ ...t, tags: [...t.tags], kinds: [...t.kinds], variants: copyVariants(t.variants) });
  }
  return result;
}
