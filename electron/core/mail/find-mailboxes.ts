import type { ImapFlow } from 'imapflow';
import type { MailboxRole } from '../../../shared/domain/message.js';

/** Names servers without SPECIAL-USE (RFC 6154) give the sent folder, in the languages we serve. */
const sentFolderNames = [
  'sent',
  'sent items',
  'sent messages',
  'sent mail',
  '送信済み',
  '送信済みアイテム',
  '已发送',
  '보낸편지함',
];

export type MailboxPaths = Record<MailboxRole, string | null>;

/** INBOX and the Sent folder, by special-use flag first, then by well-known names. */
export async function findMailboxes(client: ImapFlow): Promise<MailboxPaths> {
  const list = await client.list();
  const bySpecialUse = list.find((box) => box.specialUse === '\\Sent');
  const byName = list.find((box) => sentFolderNames.includes(box.name.toLowerCase()));
  return { inbox: 'INBOX', sent: (bySpecialUse ?? byName)?.path ?? null };
}
