import type { OutboxTranslation } from './en.js';

export const outboxZh: OutboxTranslation = {};
