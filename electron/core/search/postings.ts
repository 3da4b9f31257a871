/**
 * One posting is one uint32: the document number times 256 plus a byte saying where the term
 * occurs (so up to 2^24 documents per index). Packing both into one number keeps a term's list
 * a flat array (typed when frozen) and matching a tight loop: broad CJK bigrams such as 商品
 * are in most of the mail, and scoring them per object was what made MiniSearch take 100-300 ms
 * per query at 100,000 messages.
 */

export const IN_ORDER_IDS = 1;
export const IN_SUBJECT = 2;
export const IN_BUYER = 4;
export const BODY_SHIFT = 3;
/** One more body occurrence, added to a posting byte below the cap. */
export const BODY_ONE = 1 << BODY_SHIFT;
/** Body term frequency saturates here (5 bits), and scoring saturates long before. */
export const BODY_TF_MAX = 31;

export const posting = (doc: number, where: number): number => doc * 256 + where;
export const bodyWhere = (tf: number): number => Math.min(tf, BODY_TF_MAX) << BODY_SHIFT;

/**
 * A seller's ranking: a pasted order ID that is the message's own order first, then subject and
 * buyer matches, then the body (saturating, so a long body repeating a word does not outrank a
 * subject). Ties are broken by date elsewhere (newer first).
 */
export function fieldWeight(where: number): number {
  const tf = where >>> BODY_SHIFT;
  return (
    (where & IN_ORDER_IDS ? 10 : 0) +
    (where & IN_SUBJECT ? 2 : 0) +
    (where & IN_BUYER ? 2 : 0) +
    (tf > 0 ? tf / (tf + 1.2) : 0)
  );
}
