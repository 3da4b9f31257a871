import type { UrgencySignal } from '../classifier/types.js';
import { addTokens, normalizeForMatch } from './suggest-text.js';
import { topicsOf } from './suggest-topics.js';
import type { Template, TemplateLanguage } from './types.js';

/**
 * What suggestions need of a template, computed once and cached. The 10 ms target for 1,000
 * templates (issue 6) leaves about 10 µs a template per keystroke: enough for set look-ups, not
 * for tokenising bodies, so tokens are built on first use and kept until the template changes.
 */

/** Bodies can reach 20,000 characters; what a template is about is said in its subject and first lines. */
const TOKEN_CHARS = 400;

interface LanguageEntry {
  /** Name, tags and this variant's subject and body. */
  tokens: ReadonlySet<string>;
  /** Topics its text speaks of (weaker evidence than the name's or tags'). */
  textTopics: ReadonlySet<UrgencySignal>;
}

export interface TemplateIndex {
  name: string;
  tags: string;
  /** Topics named in the name or tags: the seller's own label for what the template is for. */
  labelTopics: ReadonlySet<UrgencySignal>;
  /** Built lazily: a call needs one language per template, usually the same one. */
  byLanguage: Partial<Record<TemplateLanguage, LanguageEntry>>;
  /** Every variant's text, for search; built on the first query. */
  text: string | null;
  /** lastUsedAt parsed once: it changes on every use without a new updatedAt, so keyed by itself. */
  lastUsed: { at: string; ms: number } | null;
}

interface Cached {
  // Identity plus updatedAt is the key (issue 6 brief); the references catch an object edited in
  // place without a new updatedAt, which a careless caller might do, at the cost of three compares.
  updatedAt: string;
  name: string;
  tags: readonly string[];
  variants: Template['variants'];
  index: TemplateIndex;
}

const cache = new WeakMap<Template, Cached>();

function build(t: Template): TemplateIndex {
  const name = normalizeForMatch(t.name);
  const tags = normalizeForMatch(t.tags.join('\n'));
  return {
    name,
    tags,
    labelTopics: topicsOf(`${name}\n${tags}`),
    byLanguage: {},
    text: null,
    lastUsed: null,
  };
}

export function indexOf(t: Template): TemplateIndex {
  const hit = cache.get(t);
  if (
    hit !== undefined &&
    hit.updatedAt === t.updatedAt &&
    hit.name === t.name &&
    hit.tags === t.tags &&
    hit.variants === t.variants
  ) {
    return hit.index;
  }
  const index = build(t);
  cache.set(t, { updatedAt: t.updatedAt, name: t.name, tags: t.tags, variants: t.variants, index });
  return index;
}

export function languageEntry(t: Template, index: TemplateIndex, language: TemplateLanguage): LanguageEntry {
  const known = index.byLanguage[language];
  if (known !== undefined) return known;
  const variant = t.variants[language];
  const text =
    variant === undefined
      ? ''
      : normalizeForMatch(`${variant.subject}\n${variant.body.slice(0, TOKEN_CHARS)}`);
  const tokens = new Set<string>();
  addTokens(index.name, tokens);
  addTokens(index.tags, tokens);
  addTokens(text, tokens);
  const entry = { tokens, textTopics: topicsOf(text) };
  index.byLanguage[language] = entry;
  return entry;
}

export function searchText(t: Template, index: TemplateIndex): string {
  if (index.text !== null) return index.text;
  const parts: string[] = [];
  for (const v of Object.values(t.variants)) if (v !== undefined) parts.push(v.subject, v.body);
  index.text = normalizeForMatch(parts.join('\n'));
  return index.text;
}

export function lastUsedMs(t: Template, index: TemplateIndex): number {
  if (t.lastUsedAt === null) return Number.NaN;
  if (index.lastUsed?.at !== t.lastUsedAt)
    index.lastUsed = { at: t.lastUsedAt, ms: Date.parse(t.lastUsedAt) };
  return index.lastUsed.ms;
}
