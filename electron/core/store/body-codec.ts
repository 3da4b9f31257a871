import type { StoredBody } from '../../../shared/domain/message.js';
import { BlobMissingError } from './errors.js';

/*
 * A decoded body as the packs keep it: JSON, UTF-8. The sync's parse worker encodes it (and
 * hands the bytes over without a copy) so the main thread, which also reads the IMAP socket,
 * only writes it; everything else passes a StoredBody and the store encodes it here.
 */

/** Always a buffer of its own (never a view on a shared pool), so it can be transferred. */
export function encodeBody(body: StoredBody): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify({ text: body.text, html: body.html }));
}

export function decodeBody(bytes: Uint8Array, messageId: string): StoredBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('text' in parsed) ||
    typeof parsed.text !== 'string'
  ) {
    throw new BlobMissingError(messageId, 'stored body is unreadable');
  }
  const html = 'html' in parsed && typeof parsed.html === 'string' ? parsed.html : null;
  return { text: parsed.text, html };
}
