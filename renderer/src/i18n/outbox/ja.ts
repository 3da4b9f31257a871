import type { OutboxTranslation } from './en.js';

export const outboxJa: OutboxTranslation = {};
