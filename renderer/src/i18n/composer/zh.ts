import type { ComposerTranslation } from './en.js';

export const composerZh: ComposerTranslation = {};
