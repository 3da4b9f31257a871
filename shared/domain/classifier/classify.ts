import { detectLanguageWithConfidence } from '../language.js';
import { nbCues } from './cues.js';
import { featuresOf } from './features.js';
import { fingerprint } from './model.js';
import { MAX_RAW_CHARS, MAX_SUBJECT_CHARS, prepareInput } from './prepare.js';
import { matchRules } from './rules.js';
import type { Category, Classification, ClassifierInput, ClassifierModel, PerCategory } from './types.js';
import { CATEGORIES, UNCERTAIN_BELOW } from './types.js';

export interface ScoringParams {
  /** Laplace/Lidstone smoothing of feature counts. */
  alpha: number;
  /**
   * Naive Bayes log-likelihoods grow with message length and are overconfident (features are
   * not independent); dividing by sqrt(known features) and scaling keeps them comparable with
   * the fixed-weight rules and the posterior usable as a confidence.
   */
  nbScale: number;
  ruleScale: number;
}

// Chosen by 5-fold cross-validation on the training corpus (npm run eval:classifier -- --cv).
export const DEFAULT_PARAMS: ScoringParams = { alpha: 0.5, nbScale: 2, ruleScale: 1 };

const MAX_CUES = 5;
/** Confidence cap for languages the model was not trained on. */
const OTHER_LANGUAGE_CAP = 0.5;

interface Scores {
  logits: PerCategory;
  known: number;
  ruleCues: ReturnType<typeof matchRules>;
}

function nbLogLikelihood(
  model: ClassifierModel,
  features: Set<string>,
  alpha: number,
): [PerCategory, number] {
  const sums: PerCategory = [0, 0, 0, 0];
  let known = 0;
  for (const f of features) {
    const row = model.features[f];
    if (!Array.isArray(row)) continue; // unknown, or a prototype name in a plain JSON.parse result
    known++;
    sums[0] += Math.log(row[0] + alpha);
    sums[1] += Math.log(row[1] + alpha);
    sums[2] += Math.log(row[2] + alpha);
    sums[3] += Math.log(row[3] + alpha);
  }
  const v = model.vocabularySize * alpha;
  for (let c = 0; c < 4; c++) sums[c] = (sums[c] ?? 0) - known * Math.log((model.totals[c] ?? 0) + v);
  return [sums, known];
}

/** `text` is the prepared subject and body joined, as the rules read it. */
function scoreText(
  model: ClassifierModel,
  text: string,
  features: Set<string>,
  params: ScoringParams,
): Scores {
  const rules = matchRules(text);
  const [nb, known] = nbLogLikelihood(model, features, params.alpha);
  const docTotal = model.docs[0] + model.docs[1] + model.docs[2] + model.docs[3];
  const scale = known > 0 ? params.nbScale / Math.sqrt(known) : 0;
  const logits: PerCategory = [0, 0, 0, 0];
  for (let c = 0; c < 4; c++) {
    const prior = Math.log(((model.docs[c] ?? 0) + 1) / (docTotal + 4));
    logits[c] = prior + scale * (nb[c] ?? 0) + params.ruleScale * (rules.scores[c] ?? 0);
  }
  return { logits, known, ruleCues: rules };
}

function softmax(logits: PerCategory): PerCategory {
  const m = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - m));
  const s = e.reduce((a, b) => a + b, 0);
  return [(e[0] ?? 0) / s, (e[1] ?? 0) / s, (e[2] ?? 0) / s, (e[3] ?? 0) / s];
}

function argmax(p: PerCategory): number {
  let best = 0;
  for (let c = 1; c < 4; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
  return best;
}

/**
 * The cues as the buyer typed them (case, full width) when they can be found, else the
 * normalised form. Most messages have no cue: the raw text is lower-cased only when one does.
 */
function surfaces(input: ClassifierInput, cues: readonly string[]): string[] {
  if (cues.length === 0) return [];
  const original = `${input.subject.slice(0, MAX_SUBJECT_CHARS)}\n${input.body.slice(0, MAX_RAW_CHARS)}`;
  const lowerOriginal = original.toLowerCase();
  return cues.map((cue) => {
    const i = lowerOriginal.indexOf(cue);
    return i === -1 ? cue : original.slice(i, i + cue.length);
  });
}

export function classifyWith(
  model: ClassifierModel,
  input: ClassifierInput,
  params: ScoringParams,
): Classification {
  const p = prepareInput(input.subject, input.body);
  const text = p.subject === '' ? p.body : `${p.subject}\n${p.body}`;
  const features = featuresOf(p.subject, p.body);
  const s = scoreText(model, text, features, params);
  const posterior = softmax(s.logits);
  const correctedAs = model.corrections[fingerprint(p)];
  const corrected = typeof correctedAs === 'string' && CATEGORIES.includes(correctedAs);
  const win = corrected ? CATEGORIES.indexOf(correctedAs) : argmax(posterior);
  const category: Category = CATEGORIES[win] ?? 'inquiry';
  const { language } = detectLanguageWithConfidence(text);
  let confidence = corrected ? 1 : (posterior[win] ?? 0);
  const noEvidence = s.known === 0 && s.ruleCues.cues.length === 0;
  if (language === 'other' && !corrected) confidence = Math.min(confidence, OTHER_LANGUAGE_CAP);
  const cues: string[] = [];
  for (const r of s.ruleCues.cues) {
    if (r.category === category && cues.length < MAX_CUES) cues.push(r.cue);
  }
  for (const f of nbCues(model, features, win, posterior, params.alpha, cues, MAX_CUES)) cues.push(f);
  return {
    category,
    confidence: Math.round(confidence * 1000) / 1000,
    uncertain: !corrected && (confidence < UNCERTAIN_BELOW || noEvidence || language === 'other'),
    cues: surfaces(input, cues),
    signals: s.ruleCues.signals,
    language,
    corrected,
  };
}

export function classify(model: ClassifierModel, input: ClassifierInput): Classification {
  return classifyWith(model, input, DEFAULT_PARAMS);
}
