import { foldFullWidthAscii } from '../../../text-normalize.js';
import type { Rule, RuleHit } from '../../types.js';
import { escapeRegex } from './phrase.js';
import { compile, scanText, textFields } from './scan.js';

// What the deobfuscated view removed from a spaced-out match ("l e m o n").
const SPACING = /[ \t.*_・·\u200b-\u200d\u2060\ufeff-]/g;

/**
 * The seller's own banned words (settings.bannedWords), matched case- and width-insensitively
 * on the folded text. A word that starts or ends with a Latin letter must stand alone there
 * ("ass" does not fire inside "class"); CJK words match as substrings, since CJK text has no
 * spaces to mark a word.
 */

interface CompiledWords {
  patterns: RegExp[];
  /** Folded, lower-cased word -> the word as the seller wrote it (for the finding's detail). */
  byKey: Map<string, string>;
}

// The settings object is replaced, not mutated, when the seller edits the list, so the list's
// identity is a safe cache key; a WeakMap lets old lists be collected.
const cache = new WeakMap<readonly string[], CompiledWords | null>();

export function compileBannedWords(words: readonly string[]): CompiledWords | null {
  const cached = cache.get(words);
  if (cached !== undefined) return cached;
  const byKey = new Map<string, string>();
  for (const word of words) {
    const folded = foldFullWidthAscii(word.trim());
    if (folded !== '' && !byKey.has(keyOf(folded))) byKey.set(keyOf(folded), word.trim());
  }
  // Longest first, so "free gift" wins over "free" where both are banned.
  const sources = [...byKey.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const compiled = sources.length === 0 ? null : { patterns: compile(sources), byKey };
  cache.set(words, compiled);
  return compiled;
}

function keyOf(folded: string): string {
  return folded.toLowerCase();
}

export const bannedWordRule: Rule = {
  id: 'banned-word',
  severity: 'block',
  summary: 'The reply contains a word on your banned list',
  check(ctx) {
    const compiled = compileBannedWords(ctx.settings.bannedWords);
    if (compiled === null) return [];
    const hits: RuleHit[] = [];
    for (const [field, text] of textFields(ctx)) {
      for (const hit of scanText(compiled.patterns, field, text)) {
        const matched = text.folded.slice(hit.start, hit.end);
        const word =
          compiled.byKey.get(keyOf(matched)) ?? compiled.byKey.get(keyOf(matched.replace(SPACING, '')));
        hits.push({ ...hit, detail: word ?? matched });
      }
    }
    return hits;
  },
};
