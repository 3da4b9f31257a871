/** The contract's limits (shared/api/schemas/templates.ts; lengths in UTF-16 units, as zod counts). */
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 50;

/**
 * Separators a person types between tags: ASCII and full-width commas, the Japanese 読点 and
 * Chinese 顿号, semicolons and line breaks. Spaces are not separators: "お届け 遅延" is one tag.
 */
const SEPARATORS = /[,，、;；\n\r]+/u;

export interface TagAdd {
  tags: string[];
  /** Pieces that were refused (too long, or over the tag limit), so the field can say so. */
  rejected: string[];
}

/** Adds the typed text's tags to the list: trimmed, deduplicated ignoring case and width. */
export function addTags(existing: readonly string[], typed: string): TagAdd {
  const tags = [...existing];
  const seen = new Set(existing.map(tagKey));
  const rejected: string[] = [];
  for (const raw of typed.split(SEPARATORS)) {
    const tag = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
    if (tag === '') continue;
    const key = tagKey(tag);
    if (seen.has(key)) continue;
    if (tag.length > MAX_TAG_LENGTH || tags.length >= MAX_TAGS) {
      rejected.push(tag);
      continue;
    }
    seen.add(key);
    tags.push(tag);
  }
  return { tags, rejected };
}

export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((t) => t !== tag);
}

export function tagKey(tag: string): string {
  return tag.normalize('NFKC').toLowerCase();
}
