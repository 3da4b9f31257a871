import type { ReplySettingsTranslation } from './en.js';

export const replySettingsZh: ReplySettingsTranslation = {};
