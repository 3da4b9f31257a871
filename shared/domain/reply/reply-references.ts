/**
 * Threading headers of a reply (RFC 5322 §3.6.4): In-Reply-To is the parent's Message-ID;
 * References is the parent's References (or, lacking them, its single In-Reply-To) followed by
 * the parent's Message-ID. The marketplace relays a reply into the buyer's thread by these, and
 * a reply in the thread the buyer started reaches even an opted-out buyer (domain.md).
 */

export interface ReplyParent {
  /** Without angle brackets, as MessageMeta keeps them. */
  messageId: string | null;
  inReplyTo: string | null;
  references: readonly string[];
}

/**
 * Long threads would grow the header without bound; clients need the root (first) and the
 * nearest ancestors (last). 20 ids × ~60 chars stays far below any server's header limit.
 */
export const MAX_REFERENCES = 20;

/** A msg-id we can write back safely: one token, no brackets or whitespace, not absurdly long. */
function clean(id: string): string | null {
  const trimmed = id.trim().replace(/^<+/, '').replace(/>+$/, '');
  if (trimmed === '' || trimmed.length > 250 || /[\s<>]/.test(trimmed)) return null;
  return trimmed;
}

export function replyInReplyTo(parent: ReplyParent): string | null {
  return parent.messageId === null ? null : clean(parent.messageId);
}

/** Ids without angle brackets, oldest first, deduplicated, at most MAX_REFERENCES. */
export function replyReferences(parent: ReplyParent, max = MAX_REFERENCES): string[] {
  const chain =
    parent.references.length > 0
      ? [...parent.references]
      : parent.inReplyTo === null
        ? []
        : [parent.inReplyTo];
  if (parent.messageId !== null) chain.push(parent.messageId);
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const raw of chain) {
    const id = clean(raw);
    // Message-IDs compare case-sensitively in the local part; exact duplicates only.
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  if (ids.length <= max) return ids;
  const first = ids[0];
  const tail = ids.slice(ids.length - (max - 1));
  return first === undefined || max < 2 ? tail.slice(-max) : [first, ...tail];
}
