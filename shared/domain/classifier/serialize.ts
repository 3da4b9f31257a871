import type { Category, ClassifierModel, PerCategory } from './types.js';
import { CATEGORIES, MODEL_VERSION } from './types.js';

/**
 * model.json: keys sorted (code-unit order) and one feature per line, so a re-train of the same
 * corpus is byte-identical and a corpus change shows as a readable diff.
 */
export function serializeModel(model: ClassifierModel): string {
  const features = Object.keys(model.features)
    .sort()
    .map((f) => `${JSON.stringify(f)}:${JSON.stringify(model.features[f])}`);
  const corrections = Object.keys(model.corrections)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(model.corrections[k])}`);
  return (
    `{"version":${model.version},"docs":${JSON.stringify(model.docs)},"totals":${JSON.stringify(model.totals)},` +
    `"vocabularySize":${model.vocabularySize},"corrections":{${corrections.join(',')}},"features":{\n` +
    `${features.join(',\n')}\n}}\n`
  );
}

function isRow(v: unknown): v is PerCategory {
  return Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number' && n >= 0);
}

function isCategory(v: unknown): v is Category {
  return typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);
}

/** Parses and checks model.json; feature tables get a null prototype so "constructor" is just a word. */
export function parseModel(text: string): ClassifierModel {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== 'object' || raw === null) throw new Error('model: not an object');
  const o = raw as Record<string, unknown>;
  if (o.version !== MODEL_VERSION)
    throw new Error(`model: version ${String(o.version)}, expected ${MODEL_VERSION}`);
  if (!isRow(o.docs) || !isRow(o.totals)) throw new Error('model: docs/totals malformed');
  if (typeof o.features !== 'object' || o.features === null) throw new Error('model: features missing');
  const features = Object.create(null) as Record<string, PerCategory>;
  let size = 0;
  for (const [f, row] of Object.entries(o.features)) {
    if (!isRow(row)) throw new Error(`model: feature ${f} malformed`);
    features[f] = row;
    size++;
  }
  const corrections = Object.create(null) as Record<string, Category>;
  if (typeof o.corrections === 'object' && o.corrections !== null) {
    for (const [k, c] of Object.entries(o.corrections)) if (isCategory(c)) corrections[k] = c;
  }
  return {
    version: MODEL_VERSION,
    docs: o.docs,
    totals: o.totals,
    vocabularySize: size,
    features,
    corrections,
  };
}
