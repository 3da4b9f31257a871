import type { Rule } from '../../types.js';

/**
 * Attachments (domain.md): PDF, Word, image or text files, under the size limit. The type is the
 * one the core found in the content (magic bytes), so a renamed .exe is caught whatever its name.
 * HEIC is allowed: it is what iPhones save photos as, and photos of a part or a label are the
 * images sellers send. SVG is not: it can carry script.
 */

const ALLOWED_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/heif',
  'text/plain',
  'text/csv',
]);

/** "Text/Plain; charset=utf-8" -> "text/plain". */
export function baseContentType(contentType: string): string {
  return (contentType.split(';', 1)[0] ?? '').trim().toLowerCase();
}

function isAllowedAttachmentType(contentType: string): boolean {
  return ALLOWED_TYPES.has(baseContentType(contentType));
}

export const attachmentType: Rule = {
  id: 'attachment-type',
  severity: 'block',
  summary: 'Attachments must be PDF, Word, image or text files',
  check(ctx) {
    return (ctx.draft.attachments ?? []).flatMap((a, i) =>
      isAllowedAttachmentType(a.contentType)
        ? []
        : [{ field: 'attachments' as const, start: i, end: i + 1, detail: a.filename }],
    );
  },
};

export const attachmentTooLarge: Rule = {
  id: 'attachment-too-large',
  severity: 'block',
  summary: 'Attachments must be smaller than the size limit',
  check(ctx) {
    return (ctx.draft.attachments ?? []).flatMap((a, i) =>
      a.size > ctx.settings.maxAttachmentBytes
        ? [{ field: 'attachments' as const, start: i, end: i + 1, detail: a.filename }]
        : [],
    );
  },
};
