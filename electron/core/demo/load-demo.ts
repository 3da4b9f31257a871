import type { MessageMeta } from '../../../shared/domain/message.js';
import { analyseFetched } from '../mail/analyse-message.js';
import type { MailboxContext } from '../mail/build-message.js';
import type { IncomingMessage } from '../store/mail-store.js';
import { buildDemoRaw, demoDate, type DemoSample } from './demo-sample.js';
import { DEMO_SAMPLES } from './samples/index.js';

/**
 * UIDVALIDITY of the demo mailboxes. RFC 3501 §2.3.1.1 makes a server's UIDVALIDITY non-zero,
 * so '0' can never collide with a real account's messages and marks the demo unambiguously
 * (the contract wants digits here, so no 'demo').
 */
export const DEMO_UID_VALIDITY = '0';

const mailboxes: Record<'inbox' | 'sent', MailboxContext> = {
  inbox: { role: 'inbox', path: 'INBOX', uidValidity: DEMO_UID_VALIDITY },
  sent: { role: 'sent', path: 'Sent', uidValidity: DEMO_UID_VALIDITY },
};

export interface DemoStore {
  uidsIn(mailbox: 'inbox' | 'sent', uidValidity: string): ReadonlySet<number>;
  putMessages(items: IncomingMessage[]): Promise<void>;
}

export interface DemoDeps {
  store: DemoStore;
  assignThread: (meta: MessageMeta) => string;
  commitThreads: () => Promise<void>;
  now: Date;
}

export function isDemoLoaded(store: Pick<DemoStore, 'uidsIn'>): boolean {
  return store.uidsIn('inbox', DEMO_UID_VALIDITY).size > 0;
}

/**
 * Fills the store with the shipped samples through the same path as synced mail: raw bytes,
 * analyseFetched (MIME, language, buyer, order IDs, automated kind), the shared thread index,
 * putMessages. Loading twice is a no-op. Returns how many messages the demo holds.
 */
export async function loadDemo(
  deps: DemoDeps,
  samples: readonly DemoSample[] = DEMO_SAMPLES,
): Promise<number> {
  if (isDemoLoaded(deps.store)) {
    return (
      deps.store.uidsIn('inbox', DEMO_UID_VALIDITY).size + deps.store.uidsIn('sent', DEMO_UID_VALIDITY).size
    );
  }
  const byKey = new Map(samples.map((s) => [s.key, s]));
  // Oldest first: UIDs grow with arrival like on a server, and parents are threaded before replies.
  const ordered = [...samples].sort((a, b) => b.ageMinutes - a.ageMinutes || (a.key < b.key ? -1 : 1));
  const nextUid = { inbox: 1, sent: 1 };
  const items: IncomingMessage[] = [];
  for (const sample of ordered) {
    const raw = buildDemoRaw(sample, deps.now, sample.replyTo ? byKey.get(sample.replyTo) : undefined);
    const { meta, body } = await analyseFetched({
      fetched: {
        uid: nextUid[sample.mailbox]++,
        flags: new Set(sample.flags ?? []),
        internalDate: demoDate(sample, deps.now),
        size: raw.byteLength,
        modseq: undefined,
        source: raw,
      },
      mailbox: mailboxes[sample.mailbox],
      nowIso: deps.now.toISOString(),
    });
    meta.threadId = deps.assignThread(meta);
    items.push({ meta, body, raw });
  }
  await deps.store.putMessages(items);
  await deps.commitThreads();
  return items.length;
}
