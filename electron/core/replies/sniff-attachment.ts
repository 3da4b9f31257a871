import { fileTypeFromBuffer } from 'file-type';
import { ApiFailure } from '../../../shared/api/result.js';
import { judgePlainText } from './plain-text.js';

/**
 * What an attachment is, decided by its content (magic bytes), never by its name: the rules
 * allow PDF, Word, image and text files only (domain.md), and a renamed .exe is still an .exe.
 */

export interface SniffedType {
  /** The MIME type without parameters: what the compliance gate and the UI see. */
  contentType: string;
  /** Only for text/plain: the charset its bytes are in (a Shift_JIS .txt stays Shift_JIS). */
  charset: string | null;
}

const ALLOWED: ReadonlyMap<string, string> = new Map([
  ['pdf', 'application/pdf'],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
]);
// Not allowed although they are "images": HEIC/AVIF/TIFF do not display in most buyers' mail
// (a photo the buyer cannot open helps nobody), SVG can carry script. Convert them to JPEG/PNG.

const WORD_97 = 'application/msword';
// A CFB container (.doc, but also .xls, .ppt, .msg, .msi) is Word only when its directory
// holds a "WordDocument" stream; the names are UTF-16LE in the directory sectors.
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export async function sniffAttachment(bytes: Uint8Array, maxBytes: number): Promise<SniffedType> {
  if (bytes.length > maxBytes) {
    throw new ApiFailure(
      'attachment-rejected',
      `The file is ${formatBytes(bytes.length)}; attachments must be at most ${formatBytes(maxBytes)}.`,
    );
  }
  const found = await fileTypeFromBuffer(bytes);
  if (found === undefined) {
    const text = judgePlainText(bytes);
    if (text.ok) return { contentType: 'text/plain', charset: text.charset };
    throw new ApiFailure(
      'attachment-rejected',
      `Only PDF, Word, image (PNG, JPEG, GIF, WebP) and text files can be attached; this file is ${text.reason}.`,
    );
  }
  const allowed = ALLOWED.get(found.ext);
  if (allowed !== undefined) return { contentType: allowed, charset: null };
  if (
    found.ext === 'cfb' &&
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(WORD_STREAM)
  ) {
    return { contentType: WORD_97, charset: null };
  }
  throw new ApiFailure(
    'attachment-rejected',
    `Only PDF, Word, image (PNG, JPEG, GIF, WebP) and text files can be attached; this file is ${found.mime} (.${found.ext}).`,
  );
}
