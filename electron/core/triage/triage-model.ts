import {
  classify,
  learnCorrection,
  type Category,
  type Classification,
  type ClassifierInput,
  type ClassifierModel,
} from '../../../shared/domain/classifier/index.js';
import type { Correction } from '../store/index.js';
import { loadShippedModel } from './shipped-model.js';

/**
 * The shipped model plus this desk's corrections, learnt in the order they were made, so a
 * restart rebuilds exactly the model staff had. A reset (of one or all corrections) rebuilds
 * from the shipped model: naive Bayes counts could be subtracted, but a rebuild cannot drift.
 */
export class TriageModel {
  #model: ClassifierModel;

  constructor(corrections: readonly Correction[]) {
    this.#model = this.#build(corrections);
  }

  classify(input: ClassifierInput): Classification {
    return classify(this.#model, input);
  }

  learn(input: ClassifierInput, category: Category): void {
    learnCorrection(this.#model, input, category);
  }

  rebuild(corrections: readonly Correction[]): void {
    this.#model = this.#build(corrections);
  }

  #build(corrections: readonly Correction[]): ClassifierModel {
    const model = loadShippedModel();
    for (const c of corrections) learnCorrection(model, { subject: c.subject, body: c.body }, c.category);
    return model;
  }
}
