import { ApiFailure, fail, ok, type Result } from '../../shared/api/result.js';
import type { HelpdeskApi, Req, Res } from '../../shared/api/types.js';
import type { AttachmentContent } from '../core/mail/attachment-content.js';
import { sanitizeFilename } from '../../shared/domain/reply/attachment-name.js';

/** The core's `attachment(id, index)`. */
export type ReadAttachment = (id: string, index: number) => Promise<AttachmentContent>;
/** The system save dialog: the path the user chose, or null when they cancelled. */
export type ChooseSavePath = (defaultName: string) => Promise<string | null>;
/** `fs.promises.writeFile`'s shape; injected so tests never touch a real dialog. */
export type WriteFile = (path: string, content: Uint8Array) => Promise<void>;

type SaveAttachmentCall = HelpdeskApi['shell:save-attachment'];

// Characters Windows refuses in a file name, and its device names (CON, NUL, COM1 …), which
// name a device rather than a file whatever extension follows.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

// A nameless part still deserves an extension the system can open it by.
const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'text/html': '.html',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
};

/**
 * The name the save dialog proposes. It comes from hostile mail, so it is only ever a name:
 * directory parts, control and bidi-override characters go (sanitizeFilename), then what a
 * file system would refuse or hide — Windows-forbidden characters, leading dots, trailing dots
 * and spaces, device names. The user can still change it; it is never used as a path.
 */
export function defaultSaveName(filename: string, contentType: string): string {
  const fallback = `attachment${EXTENSIONS[contentType.split(';')[0]?.trim().toLowerCase() ?? ''] ?? ''}`;
  let name = sanitizeFilename(filename, fallback).replace(WINDOWS_FORBIDDEN, '_');
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (name === '') return fallback;
  return DEVICE_NAME.test(name) ? `_${name}` : name;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Read first, so a bad index never shows a dialog; then the dialog; then the bytes go to the
 * path the user chose in it (and only there: nothing from the mail ever names the path).
 */
export function saveAttachmentHandler(
  read: ReadAttachment,
  chooseSavePath: ChooseSavePath,
  writeFile: WriteFile,
): SaveAttachmentCall {
  return async ({
    id,
    index,
  }: Req<'shell:save-attachment'>): Promise<Result<Res<'shell:save-attachment'>>> => {
    let attachment: AttachmentContent;
    try {
      attachment = await read(id, index);
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'not-found') return fail('not-found', error.message);
      return fail('internal', `The attachment could not be read: ${reason(error)}`);
    }
    let path: string | null;
    try {
      path = await chooseSavePath(defaultSaveName(attachment.filename, attachment.contentType));
    } catch (error) {
      return fail('internal', `The save dialog could not be shown: ${reason(error)}`);
    }
    if (path === null) return ok({ saved: false });
    try {
      await writeFile(path, attachment.content);
    } catch (error) {
      return fail('internal', `The file could not be written: ${reason(error)}`);
    }
    return ok({ saved: true });
  };
}
