import type { MessageMeta, StoredBody } from '../../../shared/domain/message.js';
import type { Store } from '../store/index.js';
import { parseMessage } from './mime/parse-message.js';

export type BodyStore = Pick<Store, 'readBody' | 'readRaw'>;

/**
 * The body as the message view shows it. For a message up to 1 MB (DEFER_HTML_UP_TO_BYTES) whose
 * HTML part sits beside a text part, the sync stores only the text (ParseOptions.deferHtml:
 * everything else in the core reads the text). The HTML is decoded here, from the stored raw
 * source, when the message is opened, the way attachments are (attachment-content.ts). The parse
 * is the sync's own, charset guessing included, so the HTML is the one the sync would have stored.
 */
export async function viewableBody(store: BodyStore, meta: MessageMeta): Promise<StoredBody> {
  const body = await store.readBody(meta.id);
  if (body.html !== null || !meta.hasHtml) return body;
  const parsed = await parseMessage(await store.readRaw(meta.id));
  return { text: body.text, html: parsed.html };
}
