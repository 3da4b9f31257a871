import type { ReplySettingsTranslation } from './en.js';

export const replySettingsKo: ReplySettingsTranslation = {};
