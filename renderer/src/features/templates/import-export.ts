import type { ApiError } from '../../../../shared/api/result.js';
import type { ImportPreviewValue } from './template-types.js';

/** `templates-YYYYMMDD.json` in the desk's local date: the day the seller sees on the calendar. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `templates-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}.json`;
}

/** The import problems the core names (shared/domain/templates/import-export.ts ImportProblem). */
export const IMPORT_PROBLEM_CODES = [
  'malformed',
  'newer-version',
  'wrong-format',
  'duplicate-ids',
  'invalid',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  code: ImportProblemCode;
  /** Where in the file (a template, a field, a line): the core's words after the code, if any. */
  where: string | null;
}

/**
 * Which import problem an error is about. The core (electron/core/templates/template-library.ts)
 * refuses a file with detail "<code>" or "<code>: <where>"; the message is its English sentence.
 * The detail is read first because a message may begin with an ordinary word that happens to be
 * a code ("invalid …"). An error without a known code (a broken bridge, an older core) yields
 * null and is shown under a generic heading with the core's own words.
 */
export function importProblem(error: Pick<ApiError, 'message' | 'detail'>): ImportProblem | null {
  for (const text of [error.detail ?? '', error.message]) {
    const m = /^\s*([a-z-]+)(?::\s*([\s\S]*))?$/.exec(text);
    const code = IMPORT_PROBLEM_CODES.find((c) => c === m?.[1]);
    if (code !== undefined) return { code, where: m?.[2]?.trim() || null };
  }
  return null;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Nothing would change: the confirm button has nothing to do. */
  empty: boolean;
  /** The file holds no template at all (said differently from "all already here"). */
  noTemplates: boolean;
}

export function importSummary(preview: ImportPreviewValue): ImportSummary {
  const added = preview.added.length;
  const updated = preview.updated.length;
  const empty = added + updated === 0;
  return {
    added,
    updated,
    unchanged: preview.unchanged,
    empty,
    noTemplates: empty && preview.unchanged === 0,
  };
}

/** Files bigger than the contract accepts are refused before reading them into one string. */
export const MAX_IMPORT_BYTES = 5_000_000;
