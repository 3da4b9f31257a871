/**
 * npm run -s train:classifier — trains on electron/core/triage/corpus/train/*.jsonl and writes
 * electron/core/triage/model.json (byte-identical for the same corpus; a unit test checks it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_LANGUAGES, parseCorpus } from '../shared/domain/classifier/corpus.js';
import { serializeModel, trainModel } from '../shared/domain/classifier/index.js';
import type { TrainingExample } from '../shared/domain/classifier/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'electron/core/triage/corpus/train');
const out = join(root, 'electron/core/triage/model.json');

const examples: TrainingExample[] = [];
for (const lang of CORPUS_LANGUAGES) {
  const file = join(corpusDir, `${lang}.jsonl`);
  const { examples: ex, badLines } = parseCorpus(readFileSync(file, 'utf8'));
  if (badLines.length > 0) process.stderr.write(`${file}: skipped malformed lines ${badLines.join(', ')}\n`);
  examples.push(...ex);
}
const text = serializeModel(trainModel(examples));
writeFileSync(out, text);
process.stdout.write(`${out}: ${examples.length} examples, ${(text.length / 1024).toFixed(0)} KB\n`);
