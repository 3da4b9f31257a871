import { RULE_GROUPS } from './rule-table.js';
import type { Category, PerCategory, UrgencySignal } from './types.js';
import { CATEGORIES, URGENCY_SIGNALS } from './types.js';

export interface Rule {
  cue: string;
  category: Category;
  weight: number;
  signal: UrgencySignal | undefined;
  negatable: boolean;
  /** Latin cue: must start at a word boundary. */
  latin: boolean;
  /** Latin cue written with `*`: any word ending. */
  stem: boolean;
}

export interface RuleMatch {
  /** Rule-based log-odds per category (CATEGORIES order). */
  scores: PerCategory;
  signals: UrgencySignal[];
  /** Matched cues, strongest first, each once. */
  cues: Array<{ cue: string; category: Category; weight: number }>;
}

const LATIN_CHAR = /[a-z0-9à-ɏ]/;
const NEGATION_WORDS = new Set(['no', 'not', 'without', 'never', 'zero']);
// Japanese and Korean negate after the noun (破損もなく, 破損はありません, 파손 없이)…
const NEGATED_AFTER = /^[もはがのに이가은는도 ]{0,2}(?:なく|なし|無く|無し|ありません|ございません|없)/;
// …Chinese before it (没有破损, 无损坏).
const NEGATED_BEFORE = /(?:没有|没|无|毫无)$/;

function buildRules(): Rule[] {
  const rules: Rule[] = [];
  for (const g of RULE_GROUPS) {
    for (const list of [g.cues.en, g.cues.ja, g.cues.zh, g.cues.ko]) {
      for (const raw of list.split('|')) {
        if (raw === '') continue;
        const stem = raw.endsWith('*');
        const cue = stem ? raw.slice(0, -1) : raw;
        rules.push({
          cue,
          category: g.category,
          weight: g.weight,
          signal: g.signal,
          negatable: g.negatable === true,
          latin: LATIN_CHAR.test(cue.charAt(0)),
          stem,
        });
      }
    }
  }
  return rules;
}

const RULES: readonly Rule[] = buildRules();

/** Rules by the code of their first character, longest cue first, so one pass finds them all. */
const BY_FIRST = new Map<number, Rule[]>();
for (const r of [...RULES].sort((a, b) => b.cue.length - a.cue.length)) {
  const k = r.cue.charCodeAt(0);
  const list = BY_FIRST.get(k);
  if (list) list.push(r);
  else BY_FIRST.set(k, [r]);
}

function isLatin(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LATIN_CHAR.test(text.charAt(i));
}

function previousWord(text: string, start: number): string {
  let e = start;
  while (e > 0 && text.charAt(e - 1) === ' ') e--;
  let s = e;
  while (s > 0 && isLatin(text, s - 1)) s--;
  return text.slice(s, e);
}

function negated(text: string, r: Rule, start: number, end: number): boolean {
  if (r.latin) return NEGATION_WORDS.has(previousWord(text, start));
  if (NEGATED_AFTER.test(text.slice(end, end + 8))) return true;
  return NEGATED_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

function matchesAt(text: string, r: Rule, i: number): number {
  if (!text.startsWith(r.cue, i)) return -1;
  let end = i + r.cue.length;
  if (r.latin) {
    if (isLatin(text, i - 1)) return -1;
    if (r.stem) while (isLatin(text, end)) end++;
    else if (isLatin(text, end)) return -1;
  }
  if (r.negatable && negated(text, r, i, end)) return -1;
  return end;
}

/** Finds every rule cue in normalised text in one pass. */
export function matchRules(text: string): RuleMatch {
  const scores: PerCategory = [0, 0, 0, 0];
  const seen = new Set<string>();
  const signals = new Set<UrgencySignal>();
  const cues: RuleMatch['cues'] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = BY_FIRST.get(text.charCodeAt(i));
    if (candidates === undefined) continue;
    for (const r of candidates) {
      const end = matchesAt(text, r, i);
      if (end === -1) continue;
      const surface = text.slice(i, end);
      if (!seen.has(r.cue)) {
        seen.add(r.cue);
        const c = CATEGORIES.indexOf(r.category);
        scores[c] = (scores[c] ?? 0) + r.weight;
        cues.push({ cue: surface, category: r.category, weight: r.weight });
        if (r.signal) signals.add(r.signal);
      }
      i = end - 1; // the longest cue here wins; a shorter one inside it is the same evidence
      break;
    }
  }
  cues.sort((a, b) => b.weight - a.weight);
  return { scores, signals: URGENCY_SIGNALS.filter((s) => signals.has(s)), cues };
}
