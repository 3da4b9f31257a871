import type { ComposerTranslation } from './en.js';

export const composerKo: ComposerTranslation = {};
