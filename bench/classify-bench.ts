import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CORPUS_LANGUAGES, parseCorpus } from '../shared/domain/classifier/corpus.js';
import { classify, type TrainingExample } from '../shared/domain/classifier/index.js';
import { loadShippedModel } from '../electron/core/triage/shipped-model.js';
import { median } from './child.js';

/*
 * Issue 4 target: at least 5,000 classifications a second on one core. classify is synchronous,
 * so this loop on the bench's main thread is one core. It uses the shipped model (what the app
 * and `cli classify` run) over the dev corpus in all four languages — real message lengths, never
 * trained on — repeated until a run has at least `minClassifications`, after one warm-up pass.
 */

const DEV_DIR = join(dirname(fileURLToPath(import.meta.url)), '../electron/core/triage/corpus/dev');

export interface ClassifyBenchResult {
  /** Median over the runs, wall clock. */
  messagesPerSecond: number;
  /**
   * Median over the runs, per second of this process's CPU time: on a machine shared with other
   * work the wall clock counts time spent waiting for a core; CPU time does not (it does count
   * the GC's helper threads, so it errs low).
   */
  messagesPerCpuSecond: number;
  slowestRun: number;
  fastestRun: number;
  perRun: number;
  corpusSize: number;
  runs: number;
}

export function devCorpus(): TrainingExample[] {
  return CORPUS_LANGUAGES.flatMap(
    (lang) => parseCorpus(readFileSync(join(DEV_DIR, `${lang}.jsonl`), 'utf8')).examples,
  );
}

export function benchClassify(minClassifications: number, runs: number): ClassifyBenchResult {
  const corpus = devCorpus();
  if (corpus.length === 0) throw new Error(`no dev corpus in ${DEV_DIR}`);
  const model = loadShippedModel();
  const passes = Math.max(1, Math.ceil(minClassifications / corpus.length));
  // Kept and checked so the engine cannot drop the calls as dead code.
  let confidenceSum = 0;
  for (const m of corpus) confidenceSum += classify(model, m).confidence;
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let p = 0; p < passes; p++) {
      for (const m of corpus) confidenceSum += classify(model, m).confidence;
    }
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    rates.push((passes * corpus.length) / (wallMs / 1000));
    cpuRates.push((passes * corpus.length) / ((used.user + used.system) / 1e6));
  }
  if (!(confidenceSum > 0)) throw new Error('classify returned no confidence');
  return {
    messagesPerSecond: median(rates),
    messagesPerCpuSecond: median(cpuRates),
    slowestRun: Math.min(...rates),
    fastestRun: Math.max(...rates),
    perRun: passes * corpus.length,
    corpusSize: corpus.length,
    runs,
  };
}
