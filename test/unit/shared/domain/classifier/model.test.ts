import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../shared/domain/classifier/classify.js';
import { CORPUS_LANGUAGES, parseCorpus } from '../../../../../shared/domain/classifier/corpus.js';
import { learnCorrection, trainModel } from '../../../../../shared/domain/classifier/model.js';
import { parseModel, serializeModel } from '../../../../../shared/domain/classifier/serialize.js';
import type { Category, ClassifierInput } from '../../../../../shared/domain/classifier/types.js';

const root = new URL('../../../../../electron/core/triage/', import.meta.url);
const shippedText = readFileSync(new URL('model.json', root), 'utf8');
const shipped = (): ReturnType<typeof parseModel> => parseModel(shippedText);

// Misread on purpose: polite thanks wording around what staff decide is a question.
const corrections: Array<[input: ClassifierInput, to: Category, why: string]> = [
  [{ subject: '', body: 'ありがとうございます。' }, 'spam', 'a one-line thank-you staff call spam'],
  [{ subject: 'Hello', body: 'Thanks!' }, 'inquiry', 'en thanks re-labelled'],
  [{ subject: '', body: '감사합니다 ^^' }, 'complaint', 'ko thanks re-labelled'],
];

describe('learnCorrection', () => {
  it.each(corrections)('%j becomes %s at once (%s)', (input, to) => {
    const model = shipped();
    expect(classify(model, input).category).not.toBe(to);
    const returned = learnCorrection(model, input, to);
    expect(returned).toBe(model); // mutates, documented: no copy of the counts per click
    const c = classify(model, input);
    expect(c).toMatchObject({ category: to, corrected: true, uncertain: false });
  });

  it('moves similar messages too, not just the corrected one', () => {
    const model = shipped();
    const corrected = { subject: '', body: 'お世話になっております。よろしくお願いいたします。' };
    const similar = { subject: '', body: 'お世話になっております。どうぞよろしくお願いいたします。' };
    const before = classify(model, similar);
    expect(before.category).not.toBe('spam');
    learnCorrection(model, corrected, 'spam');
    // One correction nudges look-alikes (the corrected text itself flips at once, above);
    // a few more would flip them, while one click cannot overturn the whole corpus.
    const after = classify(model, similar);
    expect(after.corrected).toBe(false);
    expect(after.category !== before.category || after.confidence < before.confidence).toBe(true);
  });

  it('replaying the same corrections on the shipped model gives the same model', () => {
    const a = shipped();
    const b = shipped();
    for (const [input, to] of corrections) learnCorrection(a, input, to);
    for (const [input, to] of corrections) learnCorrection(b, input, to);
    expect(serializeModel(a)).toBe(serializeModel(b));
    expect(serializeModel(parseModel(serializeModel(a)))).toBe(serializeModel(a));
  });

  it('re-correcting takes the earlier correction back', () => {
    const input = { subject: '', body: 'ありがとうございます。' };
    const once = learnCorrection(shipped(), input, 'inquiry');
    const twice = learnCorrection(learnCorrection(shipped(), input, 'spam'), input, 'inquiry');
    expect(serializeModel(twice)).toBe(serializeModel(once));
  });

  it('the same correction twice is counted once', () => {
    const input = { subject: '', body: 'Thanks!' };
    const once = serializeModel(learnCorrection(shipped(), input, 'spam'));
    const twice = serializeModel(learnCorrection(learnCorrection(shipped(), input, 'spam'), input, 'spam'));
    expect(twice).toBe(once);
  });
});

describe('model.json', () => {
  it('equals a fresh train of the corpus (run npm run train:classifier after a corpus change)', () => {
    const examples = CORPUS_LANGUAGES.flatMap(
      (l) => parseCorpus(readFileSync(new URL(`corpus/train/${l}.jsonl`, root), 'utf8')).examples,
    );
    expect(serializeModel(trainModel(examples)) === shippedText).toBe(true);
  });

  it('stays small', () => {
    expect(shippedText.length).toBeLessThan(3_000_000);
  });

  const broken: Array<[text: string, why: string]> = [
    ['[]', 'not an object'],
    ['{"version":99}', 'unknown version'],
    ['{"version":1,"docs":[1,2],"totals":[0,0,0,0],"features":{}}', 'docs of the wrong length'],
    ['{"version":1,"docs":[1,1,1,1],"totals":[1,1,1,1],"features":{"a":[1,-1,0,0]}}', 'negative count'],
  ];
  it.each(broken)('parseModel rejects %s (%s)', (text) => {
    expect(() => parseModel(text)).toThrow(/model/);
  });

  it('a plain JSON.parse model still treats prototype names as unknown words', () => {
    const plain = JSON.parse(shippedText) as ReturnType<typeof parseModel>;
    expect(() => classify(plain, { subject: 'constructor', body: 'valueOf __proto__' })).not.toThrow();
    expect(classify(plain, { subject: 'constructor', body: 'valueOf' }).confidence).toBeLessThanOrEqual(1);
  });
});
