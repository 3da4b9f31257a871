import type { Language } from '../message.js';
import { indexOf, languageEntry, lastUsedMs, searchText, type TemplateIndex } from './suggest-index.js';
import { queryTerms, termMatches, tokensOf } from './suggest-text.js';
import { TEMPLATE_LANGUAGES, type Template, type TemplateLanguage } from './types.js';
import { pickVariant } from './variant.js';

/**
 * Which templates to offer for the open message (issue 6), best first. The weights make the order
 * readable: a typed search decides first (the seller asked for it), then the message's category
 * (a thanks template for a complaint is wrong whatever else fits), then what the complaint is
 * about, then the buyer's language, then the message's own words, then recent use. Blocked
 * templates (a compliance or syntax error) are still listed so staff can see and fix them, but
 * always below every usable one.
 */

export interface SuggestContext {
  category: 'inquiry' | 'complaint' | 'thanks' | 'spam' | null;
  language: Language;
  cues: readonly string[];
  signals: readonly string[];
  subject: string;
  body: string;
  query: string;
  now: Date;
}

export type SuggestReason = 'category' | 'language' | 'cues' | 'recent' | 'query';

export interface Suggestion {
  templateId: string;
  name: string;
  language: TemplateLanguage;
  buyerLanguageMatch: boolean;
  blocked: boolean;
  score: number;
  reasons: SuggestReason[];
}

const REASON_ORDER: readonly SuggestReason[] = ['query', 'category', 'cues', 'language', 'recent'];
/** Query points by where the best field hit is: a name hit is what the seller most likely meant. */
const QUERY_POINTS = { name: 300, tags: 200, text: 100 } as const;
const CATEGORY_POINTS = 100;
/** Per signal: named in the template's name or tags, or only in its text. Capped at TOPIC_MAX. */
const TOPIC_LABEL_POINTS = 40;
const TOPIC_TEXT_POINTS = 15;
const TOPIC_MAX = 40;
const LANGUAGE_POINTS = 25;
const WORDS_MAX = 30;
const RECENT_POINTS = 10;
const FREQUENCY_POINTS = 5;
const RECENT_DAYS = 7;
const DAY_MS = 86_400_000;
/** The message's own words: enough to say what it is about, bounded for long pasted threads. */
const MESSAGE_CHARS = 1500;
const MESSAGE_TOKENS = 80;

function hasAnyVariant(t: Template): boolean {
  for (const language of TEMPLATE_LANGUAGES) if (t.variants[language] !== undefined) return true;
  return false;
}

/** Best query points over all terms, or null when some term matches nowhere (then it is no hit). */
function queryPoints(terms: readonly string[], t: Template, index: TemplateIndex): number | null {
  let total = 0;
  for (const term of terms) {
    if (termMatches(term, index.name)) total += QUERY_POINTS.name;
    else if (termMatches(term, index.tags)) total += QUERY_POINTS.tags;
    else if (termMatches(term, searchText(t, index))) total += QUERY_POINTS.text;
    else return null;
  }
  return total / terms.length;
}

function recentPoints(t: Template, index: TemplateIndex, now: number): number {
  let points = FREQUENCY_POINTS * Math.min(1, Math.log1p(t.useCount) / Math.log1p(100));
  if (t.lastUsedAt !== null) {
    // A clock set back or a use synced from a desk ahead in time counts as just now, not as a bonus.
    const ageDays = Math.max(0, (now - lastUsedMs(t, index)) / DAY_MS);
    if (ageDays < RECENT_DAYS) points += RECENT_POINTS * (1 - ageDays / RECENT_DAYS);
  }
  return points;
}

interface MessageWords {
  cues: ReadonlySet<string>;
  words: readonly string[];
}

function messageWords(ctx: SuggestContext): MessageWords {
  const cues = new Set<string>();
  for (const cue of ctx.cues) for (const token of tokensOf(cue)) cues.add(token);
  const words = [...tokensOf(`${ctx.subject}\n${ctx.body}`, MESSAGE_CHARS)]
    .filter((w) => !cues.has(w))
    .slice(0, MESSAGE_TOKENS);
  return { cues, words };
}

interface Candidate {
  suggestion: Suggestion;
  tokens: ReadonlySet<string>;
}

/**
 * Overlap of the message's words with each template's tokens, weighted by rarity across the
 * candidates (a word every template shares, like 注文, tells them apart not at all), saturating
 * so a long template cannot win on sheer vocabulary. Cues weigh four times a plain word.
 */
function addWordPoints(candidates: readonly Candidate[], words: MessageWords): void {
  const all = [...words.cues, ...words.words];
  const m = all.length;
  const n = candidates.length;
  if (m === 0 || n === 0) return;
  // Flat typed arrays, no closure per template: this loop is most of a warm call's time.
  const df = new Float64Array(m);
  const hitEnd = new Int32Array(n);
  const hitList: number[] = [];
  for (let k = 0; k < n; k++) {
    const tokens = candidates[k]?.tokens;
    if (tokens !== undefined) {
      for (let i = 0; i < m; i++) {
        if (tokens.has(all[i] ?? '')) {
          hitList.push(i);
          df[i] = (df[i] ?? 0) + 1;
        }
      }
    }
    hitEnd[k] = hitList.length;
  }
  const cueCount = words.cues.size;
  const weight = new Float64Array(m);
  for (let i = 0; i < m; i++) weight[i] = Math.log((n + 1) / ((df[i] ?? 0) + 0.5)) * (i < cueCount ? 2 : 0.5);
  let from = 0;
  for (let k = 0; k < n; k++) {
    const to = hitEnd[k] ?? from;
    let raw = 0;
    let cueHit = false;
    for (let h = from; h < to; h++) {
      const i = hitList[h] ?? 0;
      raw += weight[i] ?? 0;
      cueHit ||= i < cueCount;
    }
    from = to;
    const s = candidates[k]?.suggestion;
    if (raw <= 0 || s === undefined) continue;
    s.score += WORDS_MAX * (1 - Math.exp(-raw / 8));
    if (cueHit && !s.reasons.includes('cues')) s.reasons.push('cues');
  }
}

function topicPoints(
  signals: readonly string[],
  label: ReadonlySet<string>,
  text: ReadonlySet<string>,
): number {
  let points = 0;
  for (const s of signals) {
    if (label.has(s)) points += TOPIC_LABEL_POINTS;
    else if (text.has(s)) points += TOPIC_TEXT_POINTS;
  }
  return Math.min(TOPIC_MAX, points);
}

function compare(a: Suggestion, b: Suggestion): number {
  if (a.blocked !== b.blocked) return a.blocked ? 1 : -1;
  if (a.score !== b.score) return b.score - a.score;
  // Code-unit order, not localeCompare: the same order on every desk whatever its locale.
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0;
}

export function suggestTemplates(
  templates: readonly Template[],
  blocked: ReadonlySet<string>,
  ctx: SuggestContext,
  limit = 8,
): Suggestion[] {
  const terms = queryTerms(ctx.query);
  const nowMs = ctx.now.getTime();
  const candidates: Candidate[] = [];
  for (const t of templates) {
    // pickVariant falls back to an empty text for a template with none; there is nothing to offer.
    if (!hasAnyVariant(t)) continue;
    const chosen = pickVariant(t, ctx.language);
    const index = indexOf(t);
    const reasons: SuggestReason[] = [];
    let score = 0;
    if (terms.length > 0) {
      const q = queryPoints(terms, t, index);
      if (q === null) continue;
      score += q;
      reasons.push('query');
    }
    if (ctx.category !== null && ctx.category !== 'spam' && t.kinds.includes(ctx.category)) {
      score += CATEGORY_POINTS;
      reasons.push('category');
    }
    const entry = languageEntry(t, index, chosen.language);
    const topic = topicPoints(ctx.signals, index.labelTopics, entry.textTopics);
    if (topic > 0) {
      score += topic;
      reasons.push('cues');
    }
    if (chosen.buyerLanguageMatch) {
      score += LANGUAGE_POINTS;
      reasons.push('language');
    }
    const recent = recentPoints(t, index, nowMs);
    if (recent >= 1) reasons.push('recent');
    score += recent;
    candidates.push({
      suggestion: {
        templateId: t.id,
        name: t.name,
        language: chosen.language,
        buyerLanguageMatch: chosen.buyerLanguageMatch,
        blocked: blocked.has(t.id),
        score,
        reasons,
      },
      tokens: entry.tokens,
    });
  }
  addWordPoints(candidates, messageWords(ctx));
  const out = candidates.map((c) => c.suggestion);
  // Rounded before sorting, so float noise never decides between two equal templates.
  for (const s of out) s.score = Math.round(s.score * 100) / 100;
  const top = out.sort(compare).slice(0, Math.max(0, limit));
  for (const s of top) s.reasons.sort((a, b) => REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b));
  return top;
}
