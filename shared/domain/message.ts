/** Types of the mail the desk keeps. Pure data: used by core, CLI and renderer alike. */

import type { Category, UrgencySignal } from './classifier/types.js';

export interface Address {
  name: string;
  address: string;
}

export interface AttachmentInfo {
  filename: string;
  contentType: string;
  size: number;
}

export type Language = 'ja' | 'zh' | 'ko' | 'en' | 'other';

/** Which synced folder a message lives in, by role rather than by server path. */
export type MailboxRole = 'inbox' | 'sent';

/** Why a message never needs a reply even though it came in. */
export type AutomatedKind =
  | 'none'
  | 'marketplace-notice' // order confirmation, shipping notice, policy notice from the marketplace itself
  | 'auto-reply' // RFC 3834 Auto-Submitted, vacation replies
  | 'bounce'; // delivery status notifications, opt-out bounces

export interface Buyer {
  /** The marketplace's anonymised relay address, lower-cased; stable per buyer and seller. */
  address: string;
  name: string;
}

/** Per-message metadata kept in the store shards (bodies live beside it, see StoredBody). */
export interface MessageMeta {
  /** `${role}:${uidValidity}:${uid}` — unique per mailbox incarnation, so a reused Message-ID never collides. */
  id: string;
  mailbox: MailboxRole;
  mailboxPath: string;
  uid: number;
  uidValidity: string;
  /** As in the header (angle brackets stripped), or null when the message has none. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** ISO 8601: the Date header when sane, otherwise the server's INTERNALDATE. */
  date: string;
  internalDate: string;
  from: Address | null;
  to: Address[];
  subject: string;
  snippet: string;
  language: Language;
  orderIds: string[];
  buyer: Buyer | null;
  automated: AutomatedKind;
  attachments: AttachmentInfo[];
  hasHtml: boolean;
  flags: string[];
  modseq: string | null;
  size: number;
  threadId: string;
  /** Set when the MIME parser could not make sense of the message; the raw source is still kept. */
  parseError: string | null;
  /** The charset the body text was decoded with, for "re-decode as…". */
  charset: string | null;
  /** SHA-256 of the raw source: matches a message across a UIDVALIDITY change without duplicating it. */
  sha256: string;
  /** Set when the server no longer has the message; we keep our copy (history matters in disputes). */
  expungedAt: string | null;
  /**
   * The classifier's verdict on a buyer message (inbox, written by a person), made by the core
   * as the message arrives; null for everything else, and for stores from before triage until
   * the background pass reaches it. A staff correction is a keyword in `flags` and wins.
   */
  triage: MessageTriage | null;
  /**
   * How much of the message the store holds: 'headers' when it was over the download limit,
   * 'none' when even its headers were (download-plan.ts). The rest stays on the server.
   */
  downloaded: DownloadExtent;
}

/** What the store holds of a message: all of it, its header block only, or only its place. */
export const DOWNLOAD_EXTENTS = ['whole', 'headers', 'none'] as const;
export type DownloadExtent = (typeof DOWNLOAD_EXTENTS)[number];

export interface MessageTriage {
  category: Category;
  confidence: number;
  uncertain: boolean;
  cues: string[];
  signals: UrgencySignal[];
}

/** The decoded body of one message, kept beside its metadata. */
export interface StoredBody {
  text: string;
  /**
   * The HTML part, or null. Stored null also when the HTML sits beside a text part
   * (meta.hasHtml is then true): the core decodes it from the raw source for the viewer.
   */
  html: string | null;
}
