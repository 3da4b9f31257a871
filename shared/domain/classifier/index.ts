export * from './types.js';
export { classify, classifyWith, DEFAULT_PARAMS } from './classify.js';
export type { ScoringParams } from './classify.js';
export { trainModel, learnCorrection, fingerprint, CORRECTION_WEIGHT, MIN_FEATURE_COUNT } from './model.js';
export { serializeModel, parseModel } from './serialize.js';
export { prepareInput, normalizeText, stripQuotesAndSignature } from './prepare.js';
export { featuresOf } from './features.js';
export { matchRules } from './rules.js';
