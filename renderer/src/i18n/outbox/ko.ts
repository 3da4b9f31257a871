import type { OutboxTranslation } from './en.js';

export const outboxKo: OutboxTranslation = {};
