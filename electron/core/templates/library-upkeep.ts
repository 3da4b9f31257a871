import type { Template } from '../../../shared/domain/templates/types.js';
import { TRASH_DAYS, type TemplatesDoc } from './template-doc.js';

/** What opening the library does to its document, as pure steps (the library writes the result). */

const DAY_MS = 86_400_000;

/**
 * Adds the starters a newer app ships, once: only ids the library does not hold, never one the
 * seller deleted (in the trash or purged), so edits and deletions survive app updates. Stamped
 * `now`: the shipped text is current as of this release, and a fixed 2026 date would flag every
 * starter for review on a fresh install years later.
 */
export function seedStarters(
  doc: TemplatesDoc,
  starters: readonly Template[],
  starterVersion: number,
  now: Date,
): TemplatesDoc {
  if (doc.starterVersion >= starterVersion) return doc;
  const held = new Set([
    ...doc.templates.map((t) => t.id),
    ...doc.deletedStarterIds,
    ...doc.trash.map((e) => e.template.id),
  ]);
  const at = now.toISOString();
  const added = starters
    .filter((s) => !held.has(s.id))
    .map((s): Template => ({ ...structuredClone(s), createdAt: at, updatedAt: at, reviewedAt: at }));
  return { ...doc, templates: [...doc.templates, ...added], starterVersion };
}

/** Undo lasts TRASH_DAYS; after that a deleted template is gone (its starter id stays deleted). */
export function purgeTrash(doc: TemplatesDoc, now: Date): TemplatesDoc {
  const cutoff = now.getTime() - TRASH_DAYS * DAY_MS;
  const trash = doc.trash.filter((e) => Date.parse(e.deletedAt) > cutoff);
  return trash.length === doc.trash.length ? doc : { ...doc, trash };
}

/** Name of a duplicate, in the language the original name is written in. */
export function copyName(name: string, defaultLanguage: Template['defaultLanguage']): string {
  const base = name.slice(0, 190);
  if (/[\u3040-\u30ff]/.test(name)) return `${base}のコピー`;
  if (/[\uac00-\ud7af]/.test(name)) return `${base} 사본`;
  // Han without kana: Chinese, unless the template is Japanese (a kanji-only name like 返品対応).
  if (/[\u4e00-\u9fff]/.test(name)) return defaultLanguage === 'ja' ? `${base}のコピー` : `${base}（副本）`;
  return `${base} (copy)`;
}
