import type { MailboxRole } from '../../../shared/domain/message.js';

/** Our id for a message: unique per mailbox incarnation even when Message-IDs are missing or reused. */
export function localMessageId(role: MailboxRole, uidValidity: string, uid: number): string {
  return `${role}:${uidValidity}:${uid}`;
}
