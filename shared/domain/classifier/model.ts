import { featuresOf } from './features.js';
import { prepareInput } from './prepare.js';
import type { PreparedText } from './prepare.js';
import type { Category, ClassifierInput, ClassifierModel, PerCategory, TrainingExample } from './types.js';
import { CATEGORIES, MODEL_VERSION } from './types.js';

/** A feature seen in fewer training messages than this is noise and bloats model.json. */
export const MIN_FEATURE_COUNT = 2;
/** One staff correction counts as this many training messages, so it moves the model at once. */
export const CORRECTION_WEIGHT = 5;

function emptyModel(): ClassifierModel {
  return {
    version: MODEL_VERSION,
    docs: [0, 0, 0, 0],
    totals: [0, 0, 0, 0],
    vocabularySize: 0,
    features: Object.create(null) as Record<string, PerCategory>,
    corrections: Object.create(null) as Record<string, Category>,
  };
}

function categoryIndex(c: Category): number {
  return CATEGORIES.indexOf(c);
}

function addAt(row: PerCategory, i: number, delta: number): void {
  row[i] = Math.max(0, (row[i] ?? 0) + delta);
}

/** FNV-1a (32 bit) of the analysed text: the same message, however re-wrapped in quotes, gets one key. */
export function fingerprint(p: PreparedText): string {
  const s = `${p.subject}\n${p.body}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Binarised multinomial naive Bayes counts over the corpus; deterministic for a given input order-free set. */
export function trainModel(examples: readonly TrainingExample[]): ClassifierModel {
  const model = emptyModel();
  const counts = new Map<string, PerCategory>();
  for (const ex of examples) {
    const c = categoryIndex(ex.category);
    if (c < 0) continue;
    addAt(model.docs, c, 1);
    const p = prepareInput(ex.subject, ex.body);
    for (const f of featuresOf(p.subject, p.body)) {
      let row = counts.get(f);
      if (row === undefined) {
        row = [0, 0, 0, 0];
        counts.set(f, row);
      }
      addAt(row, c, 1);
    }
  }
  for (const f of [...counts.keys()].sort()) {
    const row = counts.get(f);
    if (row === undefined || row[0] + row[1] + row[2] + row[3] < MIN_FEATURE_COUNT) continue;
    model.features[f] = row;
    model.vocabularySize++;
    for (let c = 0; c < 4; c++) addAt(model.totals, c, row[c] ?? 0);
  }
  return model;
}

function addDocument(model: ClassifierModel, features: Set<string>, c: number, sign: 1 | -1): void {
  const delta = sign * CORRECTION_WEIGHT;
  for (const f of features) {
    let row = model.features[f];
    if (row === undefined) {
      if (sign < 0) continue;
      row = [0, 0, 0, 0];
      model.features[f] = row;
      model.vocabularySize++;
    }
    const before = row[c] ?? 0;
    addAt(row, c, delta);
    addAt(model.totals, c, (row[c] ?? 0) - before);
  }
  addAt(model.docs, c, sign);
}

/**
 * A staff correction, learnt at once: the message's features are added to the chosen
 * category (weighted), and the message itself is remembered so it classifies as corrected.
 * MUTATES `model` and returns it: copying tens of thousands of counts per click would not be
 * cheap. Re-correcting the same message first takes back the previous correction, so
 * replaying the stored corrections in order over the shipped model rebuilds the same model.
 */
export function learnCorrection(
  model: ClassifierModel,
  input: ClassifierInput,
  category: Category,
): ClassifierModel {
  const c = categoryIndex(category);
  if (c < 0) return model;
  const p = prepareInput(input.subject, input.body);
  const key = fingerprint(p);
  const previous = model.corrections[key];
  if (previous === category) return model;
  const features = featuresOf(p.subject, p.body);
  if (previous !== undefined) addDocument(model, features, categoryIndex(previous), -1);
  addDocument(model, features, c, 1);
  model.corrections[key] = category;
  return model;
}
