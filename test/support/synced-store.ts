import type { Buffer } from 'node:buffer';
import { analyseFetched } from '../../electron/core/mail/analyse-message.js';
import type { Store } from '../../electron/core/store/index.js';
import type { MessageMeta } from '../../shared/domain/message.js';

/**
 * Puts raw messages into `store` as an INBOX sync would (UIDs 1, 2, …): each analysed by the
 * sync's own analyseFetched, so metadata and stored body are exactly what the sync stores.
 * Returns the metas in the order given.
 */
export async function storeAsSynced(
  store: Store,
  raws: readonly Buffer[],
  now: Date,
): Promise<MessageMeta[]> {
  const metas: MessageMeta[] = [];
  for (const [i, raw] of raws.entries()) {
    const uid = i + 1;
    const { meta, body } = await analyseFetched({
      fetched: {
        uid,
        flags: undefined,
        internalDate: now,
        size: raw.byteLength,
        modseq: undefined,
        source: raw,
      },
      mailbox: { role: 'inbox', path: 'INBOX', uidValidity: '1' },
      nowIso: now.toISOString(),
    });
    await store.putMessages([{ meta: { ...meta, threadId: `t${uid}` }, body, raw }]);
    metas.push(meta);
  }
  return metas;
}
