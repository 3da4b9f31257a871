import type { Category } from './types.js';
import { CATEGORIES } from './types.js';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Category, ClassMetrics>;
  /** confusion[truth][predicted], both in CATEGORIES order. */
  confusion: number[][];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function evaluate(pairs: ReadonlyArray<{ truth: Category; predicted: Category }>): Evaluation {
  const confusion = CATEGORIES.map(() => CATEGORIES.map(() => 0));
  for (const { truth, predicted } of pairs) {
    const row = confusion[CATEGORIES.indexOf(truth)];
    const j = CATEGORIES.indexOf(predicted);
    if (row) row[j] = (row[j] ?? 0) + 1;
  }
  const cell = (i: number, j: number): number => confusion[i]?.[j] ?? 0;
  let correct = 0;
  let f1Sum = 0;
  const perClass = {} as Record<Category, ClassMetrics>;
  CATEGORIES.forEach((c, i) => {
    const tp = cell(i, i);
    correct += tp;
    const predicted = CATEGORIES.reduce((s, _, t) => s + cell(t, i), 0);
    const support = CATEGORIES.reduce((s, _, p) => s + cell(i, p), 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    f1Sum += f1;
    perClass[c] = { precision: round(precision), recall: round(recall), f1: round(f1), support };
  });
  return {
    n: pairs.length,
    accuracy: pairs.length === 0 ? 0 : round(correct / pairs.length),
    macroF1: round(f1Sum / CATEGORIES.length),
    perClass,
    confusion,
  };
}

export function formatEvaluation(title: string, e: Evaluation): string {
  const pad = (s: string | number, w: number): string => String(s).padStart(w);
  const lines = [`${title}: n=${e.n} accuracy=${e.accuracy.toFixed(3)} macro-F1=${e.macroF1.toFixed(3)}`];
  lines.push(`  ${'class'.padEnd(10)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}${pad('n', 6)}`);
  for (const c of CATEGORIES) {
    const m = e.perClass[c];
    lines.push(
      `  ${c.padEnd(10)}${pad(m.precision.toFixed(3), 7)}${pad(m.recall.toFixed(3), 7)}${pad(m.f1.toFixed(3), 7)}${pad(m.support, 6)}`,
    );
  }
  lines.push(`  truth\\pred ${CATEGORIES.map((c) => pad(c, 10)).join('')}`);
  e.confusion.forEach((row, i) => {
    lines.push(`  ${(CATEGORIES[i] ?? '').padEnd(10)} ${row.map((n) => pad(n, 10)).join('')}`);
  });
  return lines.join('\n');
}
