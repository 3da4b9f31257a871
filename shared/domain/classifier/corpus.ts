import type { TrainingExample } from './types.js';
import { CATEGORIES } from './types.js';

export const CORPUS_LANGUAGES = ['ja', 'zh', 'ko', 'en'] as const;

export interface ParsedCorpus {
  examples: TrainingExample[];
  /** 1-based line numbers that were not a `{subject, body, category}` object. */
  badLines: number[];
}

/** JSON lines `{"subject","body","category"}`; blank lines skipped, malformed ones reported, not fatal. */
export function parseCorpus(text: string): ParsedCorpus {
  const examples: TrainingExample[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const o: unknown = JSON.parse(line);
      if (typeof o !== 'object' || o === null) throw new Error('not an object');
      const { subject, body, category } = o as Record<string, unknown>;
      const cat = CATEGORIES.find((c) => c === category);
      if (typeof subject !== 'string' || typeof body !== 'string' || cat === undefined)
        throw new Error('shape');
      examples.push({ subject, body, category: cat });
    } catch {
      badLines.push(i + 1);
    }
  });
  return { examples, badLines };
}
