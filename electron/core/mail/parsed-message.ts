import type { Address, AttachmentInfo } from '../../../shared/domain/message.js';

/**
 * What the MIME layer hands to the rest of the core. Produced by parseMessage(); never thrown at:
 * a message that cannot be parsed still yields one of these with parseError set and the raw
 * source shown as text.
 */
export interface ParsedMessage {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** ISO 8601, or null when the Date header is missing or nonsense. */
  date: string | null;
  from: Address | null;
  to: Address[];
  cc: Address[];
  replyTo: Address[];
  subject: string;
  /** Plain text: the text part, or the HTML part turned into text when there is no text part. */
  text: string;
  /**
   * The HTML part exactly as decoded (unsanitised: the renderer sanitises), or null: when there
   * is none, or when `deferHtml` left one that sits beside a text part undecoded.
   */
  html: string | null;
  /** Whether the message has an HTML part (decoded into `html` or not). */
  hasHtml: boolean;
  attachments: AttachmentInfo[];
  /** Lower-cased header names to their (decoded, unfolded) values; for automated-mail detection. */
  headers: Record<string, string>;
  /** Charset used to decode the main body part (after guessing or an override), or null. */
  charset: string | null;
  parseError: string | null;
}

export interface ParseOptions {
  /** Decode text parts with this charset instead of the declared one ("re-decode as…"). */
  forceCharset?: string;
  /**
   * Leave an HTML part undecoded when a plain-text part stands beside it (html: null, hasHtml:
   * true). The sync stores the text, which is all the desk lists, searches and triages; the
   * viewer decodes the HTML from the stored raw source when the message is opened
   * (viewable-body.ts). Decoding it for all 10,000 messages of an initial sync cost ~15% of it.
   */
  deferHtml?: boolean;
}
