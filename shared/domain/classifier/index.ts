export * from './types.js';
export { classify, classifyWith, DEFAULT_PARAMS } from './classify.js';
export type { ScoringParams } from './classify.js';
export { trainModel, learnCorrection } from './model.js';
export { serializeModel, parseModel } from './serialize.js';
