import type { MessageMeta } from '../../../shared/domain/message.js';
import { BODY_ONE, BODY_SHIFT, BODY_TF_MAX, IN_BUYER, IN_ORDER_IDS, IN_SUBJECT } from './postings.js';
import { indexTokens } from './tokenize.js';

/** How much of a body is indexed: buyers put the point first; quoted history follows. */
export const BODY_INDEX_CHARS = 2048;

/** The buyer as the seller thinks of them: the sender of inbox mail, the recipient of sent mail. */
function buyerText(meta: MessageMeta): string {
  const buyer = meta.buyer ?? (meta.mailbox === 'inbox' ? meta.from : (meta.to[0] ?? null));
  return buyer ? `${buyer.name} ${buyer.address}` : '';
}

/**
 * Each distinct term of a message with the posting byte saying where it occurs (postings.ts),
 * written into `into` (cleared first). One reused map, with the body's term count kept in the
 * same byte: a map per message plus one for counts was a third of the build (allocation, GC).
 */
export function docTerms(meta: MessageMeta, body: string, into: Map<string, number>): Map<string, number> {
  into.clear();
  const mark = (text: string, bit: number): void => {
    for (const t of indexTokens(text)) into.set(t, (into.get(t) ?? 0) | bit);
  };
  mark(meta.orderIds.join(' '), IN_ORDER_IDS);
  mark(meta.subject, IN_SUBJECT);
  mark(buyerText(meta), IN_BUYER);
  for (const t of indexTokens(body.slice(0, BODY_INDEX_CHARS))) {
    const where = into.get(t) ?? 0;
    if (where >>> BODY_SHIFT < BODY_TF_MAX) into.set(t, where + BODY_ONE);
  }
  return into;
}
