import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModel, type ClassifierModel } from '../../../shared/domain/classifier/index.js';

/**
 * The model trained from the corpus the project ships (npm run train:classifier). Read from
 * beside this module: electron/core/triage/ when run from source (CLI, tests), out/main/ in the
 * built app, where electron.vite.config.ts copies it. Read rather than imported: typing a 2 MB
 * JSON module costs the type checker more than it is worth.
 */
export const SHIPPED_MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), 'model.json');

const texts = new Map<string, string>();

/** A fresh, mutable copy each call (corrections mutate a model in place). */
export function loadShippedModel(file = SHIPPED_MODEL_FILE): ClassifierModel {
  const text = texts.get(file) ?? readFileSync(file, 'utf8');
  texts.set(file, text);
  return parseModel(text);
}
