import type { Store } from '../store/index.js';
import { HelpdeskError } from '../errors.js';
import { parseAttachments } from './mime/parse-message.js';

/** One attachment's bytes, named as the mail names it (hostile: sanitise before any file use). */
export interface AttachmentContent {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export type AttachmentStore = Pick<Store, 'getMessage' | 'readRaw'>;

/**
 * Reads attachment `index` of a stored message from its raw source. The bytes are not kept
 * apart at sync time (the blob pack holds the source once); parsing again on demand costs one
 * message's parse, only when the user saves. parseAttachments lists parts exactly as the
 * metadata's `attachments` were listed, so the index the window sends is the part it showed.
 */
export async function readAttachment(
  store: AttachmentStore,
  id: string,
  index: number,
): Promise<AttachmentContent> {
  if (store.getMessage(id) === null) throw new HelpdeskError('not-found', `No message ${id}`);
  const parts = await parseAttachments(await store.readRaw(id));
  const part = parts[index];
  if (part === undefined) {
    throw new HelpdeskError('not-found', `Message ${id} has no attachment ${index} (it has ${parts.length})`);
  }
  return { filename: part.filename, contentType: part.contentType, content: part.content };
}
