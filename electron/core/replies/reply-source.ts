import type { z } from 'zod';
import type { replyDefaultsSchema } from '../../../shared/api/schemas/replies.js';
import type { Language, MessageMeta } from '../../../shared/domain/message.js';
import { marketplaceLanguage } from '../../../shared/domain/reply/marketplace-language.js';
import { quoteOriginal, type QuoteSource } from '../../../shared/domain/reply/quote.js';
import { replySubject } from '../../../shared/domain/reply/reply-subject.js';
import { accountId, type CoreContext } from '../core-context.js';
import type { Store } from '../store/index.js';

/** What a reply answers, read from the store: the buyer message, its thread, the shop's address. */

export type ReplyDefaults = z.infer<typeof replyDefaultsSchema>;

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export function looksLikeAddress(value: string): boolean {
  return ADDRESS.test(value.trim());
}

export function smtpUser(ctx: CoreContext): string | null {
  const user = ctx.store.getSettings().accounts[accountId]?.smtp.user.trim() ?? '';
  return looksLikeAddress(user) ? user : null;
}

/** The thread's messages, oldest first (history included: the order IDs live there too). */
export function threadMessages(store: Store, threadId: string): MessageMeta[] {
  return store
    .listMessages({ includeExpunged: true, order: 'date-asc' })
    .filter((m) => m.threadId === threadId);
}

/**
 * A message we can answer: one a person sent to the shop (not automated mail, not our own
 * Sent copy, not something the shop's own address wrote).
 */
export function isAnswerable(meta: MessageMeta, own: string | null): boolean {
  if (meta.mailbox !== 'inbox' || meta.automated !== 'none' || meta.from === null) return false;
  return own === null || meta.from.address.toLowerCase() !== own.toLowerCase();
}

export function newestAnswerable(messages: readonly MessageMeta[], own: string | null): MessageMeta | null {
  let newest: MessageMeta | null = null;
  for (const m of messages)
    if (isAnswerable(m, own) && (newest === null || m.date >= newest.date)) newest = m;
  return newest;
}

/** The buyer's relay address (replies sent there reach the buyer), else the sender. */
export function recipientOf(meta: MessageMeta): string {
  return meta.buyer?.address ?? meta.from?.address ?? '';
}

/**
 * The address the buyer wrote to is the shop's (the marketplace relays to it and expects the
 * answer from it); the SMTP login is the fallback when it looks like an address.
 */
export function shopAddress(meta: MessageMeta, fallback: string | null): string | null {
  const buyer = recipientOf(meta).toLowerCase();
  const to = meta.to.find((a) => a.address.toLowerCase() !== buyer && looksLikeAddress(a.address));
  return to?.address ?? fallback;
}

export function threadOrderIds(messages: readonly MessageMeta[]): string[] {
  return [...new Set(messages.flatMap((m) => m.orderIds))];
}

export function tagLanguage(meta: MessageMeta): Language {
  return marketplaceLanguage(recipientOf(meta), meta.language);
}

/** The seller's wall clock at the buyer's message date: how the attribution shows the time. */
export function localOffsetMinutes(iso: string): number {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 0 : -d.getTimezoneOffset();
}

export function quoteSourceOf(meta: MessageMeta): QuoteSource {
  return { date: meta.date, fromName: meta.buyer?.name ?? meta.from?.name ?? '' };
}

export async function quoteFor(store: Store, meta: MessageMeta): Promise<string> {
  const body = await store.readBody(meta.id);
  return quoteOriginal(quoteSourceOf(meta), body.text, meta.language, localOffsetMinutes(meta.date));
}

/** What a new reply in the thread starts from; null when nobody in it can be answered. */
export async function replyDefaults(ctx: CoreContext, threadId: string): Promise<ReplyDefaults | null> {
  const messages = threadMessages(ctx.store, threadId);
  const meta = newestAnswerable(messages, smtpUser(ctx));
  if (meta === null) return null;
  return {
    inReplyTo: meta.id,
    to: recipientOf(meta),
    subject: replySubject(meta.subject, { important: false, language: tagLanguage(meta) }),
    quote: await quoteFor(ctx.store, meta),
    buyerLanguage: meta.language,
    orderIds: threadOrderIds(messages),
  };
}
