import type { ImapFlow } from 'imapflow';
import { findMailboxes } from '../mail/find-mailboxes.js';

/**
 * What the server holds of a reply, looked up by its Message-ID (fixed when the user pressed
 * send, so the bytes on the server are exactly ours). Every call opens its own short session:
 * the outbox talks to IMAP a few times per reply, and must not share the sync's connection.
 * Any connection failure is thrown: the caller must read "unknown", never "not there".
 */
export interface SentFolder {
  /** Where a message with this Message-ID is: Sent first, then INBOX (providers that file a copy there). */
  find(messageId: string): Promise<'sent' | 'inbox' | null>;
  /** Puts `raw` in Sent with \Seen unless a copy is already there (Gmail files its own). */
  ensureCopy(messageId: string, raw: Buffer): Promise<'present' | 'appended'>;
}

export type ImapConnect = () => Promise<ImapFlow>;

/** RFC 3501 §6.4.4 HEADER search is a substring match; the bracketed id avoids matching a longer one. */
async function holds(client: ImapFlow, path: string, messageId: string): Promise<boolean> {
  const lock = await client.getMailboxLock(path, { readOnly: true });
  try {
    const uids = await client.search({ header: { 'message-id': `<${messageId}>` } }, { uid: true });
    return Array.isArray(uids) && uids.length > 0;
  } finally {
    lock.release();
  }
}

async function withSession<T>(connect: ImapConnect, use: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = await connect();
  try {
    return await use(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

export function createSentFolder(connect: ImapConnect): SentFolder {
  return {
    find: (messageId) =>
      withSession(connect, async (client) => {
        const { sent } = await findMailboxes(client);
        if (sent !== null && (await holds(client, sent, messageId))) return 'sent';
        return (await holds(client, 'INBOX', messageId)) ? 'inbox' : null;
      }),
    ensureCopy: (messageId, raw) =>
      withSession(connect, async (client) => {
        let { sent } = await findMailboxes(client);
        if (sent === null) {
          sent = 'Sent';
          await client.mailboxCreate(sent);
        } else if (await holds(client, sent, messageId)) {
          return 'present';
        }
        await client.append(sent, raw, ['\\Seen']);
        return 'appended';
      }),
  };
}
