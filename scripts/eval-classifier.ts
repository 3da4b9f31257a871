/**
 * npm run -s eval:classifier [-- --json | --cv | --bench]
 *   default: train on corpus/train, report per language on corpus/dev (never trained on)
 *   --cv:    5-fold cross-validation on train only, over a small grid of scoring parameters
 *   --bench: classification throughput on one core over the train+dev messages
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CORPUS_LANGUAGES, parseCorpus } from '../shared/domain/classifier/corpus.js';
import { evaluate, formatEvaluation } from '../shared/domain/classifier/metrics.js';
import type { Evaluation } from '../shared/domain/classifier/metrics.js';
import { classify, classifyWith, DEFAULT_PARAMS, trainModel } from '../shared/domain/classifier/index.js';
import type { ScoringParams, TrainingExample } from '../shared/domain/classifier/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = (split: string, lang: string): TrainingExample[] => {
  const file = join(root, 'electron/core/triage/corpus', split, `${lang}.jsonl`);
  return existsSync(file) ? parseCorpus(readFileSync(file, 'utf8')).examples : [];
};
const args = new Set(process.argv.slice(2));

const train = new Map(CORPUS_LANGUAGES.map((l) => [l, corpus('train', l)]));
const allTrain = [...train.values()].flat();

if (args.has('--cv')) {
  const folds = 5;
  const grid: ScoringParams[] = [];
  for (const alpha of [0.1, 0.5, 1]) {
    for (const nbScale of [0.5, 1, 2, 4])
      for (const ruleScale of [0, 0.5, 1, 2]) grid.push({ alpha, nbScale, ruleScale });
  }
  const langOf = CORPUS_LANGUAGES.flatMap((l) => (train.get(l) ?? []).map(() => l));
  const models = Array.from({ length: folds }, (_, k) =>
    trainModel(allTrain.filter((_, i) => i % folds !== k)),
  );
  const rows = grid.map((params) => {
    const f1 = CORPUS_LANGUAGES.map((lang) => {
      const pairs = models.flatMap((m, k) =>
        allTrain
          .map((ex, i) => ({ ex, i }))
          .filter(({ i }) => i % folds === k && langOf[i] === lang)
          .map(({ ex }) => ({ truth: ex.category, predicted: classifyWith(m, ex, params).category })),
      );
      return evaluate(pairs).macroF1;
    });
    return { params, f1, min: Math.min(...f1), mean: f1.reduce((a, b) => a + b, 0) / f1.length };
  });
  rows.sort((a, b) => b.mean - a.mean || b.min - a.min);
  for (const r of rows.slice(0, 12)) {
    process.stdout.write(
      `${JSON.stringify(r.params)} mean=${r.mean.toFixed(3)} min=${r.min.toFixed(3)} [${r.f1.join(' ')}]\n`,
    );
  }
} else if (args.has('--bench')) {
  const model = trainModel(allTrain);
  const messages = [...allTrain, ...CORPUS_LANGUAGES.flatMap((l) => corpus('dev', l))];
  for (const m of messages) classify(model, m); // warm up the JIT
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) {
    for (const m of messages) classify(model, m);
    n += messages.length;
  }
  const perSecond = Math.round((n * 1000) / (performance.now() - start));
  const avgChars = Math.round(
    messages.reduce((s, m) => s + m.subject.length + m.body.length, 0) / messages.length,
  );
  process.stdout.write(
    `${JSON.stringify({ messagesPerSecond: perSecond, messages: messages.length, avgChars })}\n`,
  );
} else {
  const model = trainModel(allTrain);
  const results: Record<string, Evaluation> = {};
  const everything: Array<{ truth: TrainingExample['category']; predicted: TrainingExample['category'] }> =
    [];
  for (const lang of CORPUS_LANGUAGES) {
    const pairs = corpus('dev', lang).map((ex) => ({
      truth: ex.category,
      predicted: classify(model, ex).category,
    }));
    everything.push(...pairs);
    results[lang] = evaluate(pairs);
  }
  results.overall = evaluate(everything);
  if (args.has('--json'))
    process.stdout.write(`${JSON.stringify({ params: DEFAULT_PARAMS, results }, null, 2)}\n`);
  else {
    process.stdout.write(
      `trained on ${allTrain.length} messages; scoring ${JSON.stringify(DEFAULT_PARAMS)}\n\n`,
    );
    for (const [k, e] of Object.entries(results)) process.stdout.write(`${formatEvaluation(k, e)}\n\n`);
  }
}
