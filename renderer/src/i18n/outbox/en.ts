/** Outbox strings (issue 5). Filled in by the outbox UI. */
export const outboxEn = {};

export type OutboxTranslation = typeof outboxEn;
