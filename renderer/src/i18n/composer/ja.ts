import type { ComposerTranslation } from './en.js';

export const composerJa: ComposerTranslation = {};
