/** ReplySettings strings (issue 5). Filled in by the replySettings UI. */
export const replySettingsEn = {};

export type ReplySettingsTranslation = typeof replySettingsEn;
