import type { Language } from '../message.js';

export const CATEGORIES = ['inquiry', 'complaint', 'thanks', 'spam'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Facts the urgency queue ranks by (issue 4 item 4). */
export const URGENCY_SIGNALS = ['cancellation', 'defect', 'late-or-missing', 'refund', 'claim'] as const;
export type UrgencySignal = (typeof URGENCY_SIGNALS)[number];

export interface ClassifierInput {
  subject: string;
  body: string;
}

export interface TrainingExample extends ClassifierInput {
  category: Category;
}

/** Below this posterior the UI says "uncertain" and staff should check the category. */
export const UNCERTAIN_BELOW = 0.6;

export interface Classification {
  category: Category;
  /** 0..1, posterior of the winner. */
  confidence: number;
  /** Confidence below UNCERTAIN_BELOW, no evidence at all, or a language the model was not trained on. */
  uncertain: boolean;
  /** Words from the message that decided it, rule cues first, as the buyer wrote them where possible. */
  cues: string[];
  /** Urgency facts the text states, found by rules (not by the statistical model). */
  signals: UrgencySignal[];
  /** The language detected on the buyer's own words (quotes and signatures removed). */
  language: Language;
  /** True when a staff correction for this very text decided the category. */
  corrected: boolean;
}

export const MODEL_VERSION = 1;

/** Per-category numbers, always in CATEGORIES order. */
export type PerCategory = [number, number, number, number];

/**
 * Plain JSON: the shipped model.json is exactly this. Counts, not probabilities, so a staff
 * correction is an addition (cheap, exact, replayable in the same order after a restart).
 */
export interface ClassifierModel {
  version: number;
  /** Training documents per category (the prior). */
  docs: PerCategory;
  /** Sum of all feature counts per category (the multinomial denominator). */
  totals: PerCategory;
  /** Number of distinct features; kept so classify never counts the keys. */
  vocabularySize: number;
  /** feature -> binarised document count per category. Null-prototype when built here. */
  features: Record<string, PerCategory>;
  /** Fingerprint of a corrected message's analysed text -> the category staff chose. */
  corrections: Record<string, Category>;
}
