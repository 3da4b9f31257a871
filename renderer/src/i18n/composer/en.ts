/** Composer strings (issue 5). Filled in by the composer UI. */
export const composerEn = {};

export type ComposerTranslation = typeof composerEn;
