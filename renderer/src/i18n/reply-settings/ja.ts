import type { ReplySettingsTranslation } from './en.js';

export const replySettingsJa: ReplySettingsTranslation = {};
