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
const SHIPPED_MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), 'model.json');

/** Read once; a reset of corrections re-parses it rather than re-reading 2 MB from disk. */
let text: string | undefined;

/** A fresh, mutable copy each call (corrections mutate a model in place). */
export function loadShippedModel(): ClassifierModel {
  text ??= readFileSync(SHIPPED_MODEL_FILE, 'utf8');
  return parseModel(text);
}
