import type { z } from 'zod';
import { ApiFailure } from '../../../shared/api/result.js';
import type { draftAttachmentSchema, draftSchema } from '../../../shared/api/schemas/replies.js';
import type { Req } from '../../../shared/api/types.js';
import type { CoreContext } from '../core-context.js';
import { sanitizeFilename } from '../../../shared/domain/reply/attachment-name.js';
import type { DraftBox, StoredAttachment, StoredDraft } from './draft-box.js';
import { replyDefaults, type ReplyDefaults } from './reply-source.js';
import { readReplySettings } from './reply-settings-store.js';
import { sniffAttachment } from './sniff-attachment.js';

/** drafts:get/save/discard/attach/detach over the DraftBox; every change is durable when it resolves. */

export type DraftInput = Req<'drafts:save'>;
export type DraftView = z.infer<typeof draftSchema>;
export type AttachmentView = z.infer<typeof draftAttachmentSchema>;

export function attachmentView(a: StoredAttachment): AttachmentView {
  return { id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, purpose: a.purpose };
}

export function draftView(d: StoredDraft): DraftView {
  return { ...d, confirmedLinks: [...d.confirmedLinks], attachments: d.attachments.map(attachmentView) };
}

export async function getDraft(
  ctx: CoreContext,
  drafts: DraftBox,
  threadId: string,
): Promise<{ draft: DraftView | null; defaults: ReplyDefaults | null }> {
  const draft = await drafts.get(threadId);
  return { draft: draft === null ? null : draftView(draft), defaults: await replyDefaults(ctx, threadId) };
}

export async function saveDraft(ctx: CoreContext, drafts: DraftBox, input: DraftInput): Promise<StoredDraft> {
  if (ctx.store.getMessage(input.inReplyTo) === null) {
    throw new ApiFailure('draft-conflict', 'The message this reply answers is no longer in the store.');
  }
  const now = ctx.clock.now().toISOString();
  const saved = await drafts.update(input.threadId, (current) => {
    const attachments = (current?.attachments ?? []).map((a) => ({ ...a }));
    for (const [id, purpose] of Object.entries(input.attachmentPurposes)) {
      const attachment = attachments.find((a) => a.id === id);
      if (attachment === undefined) {
        throw new ApiFailure(
          'draft-conflict',
          `Attachment ${id} is not part of this draft (removed meanwhile?).`,
        );
      }
      attachment.purpose = purpose;
    }
    return {
      threadId: input.threadId,
      inReplyTo: input.inReplyTo,
      subject: input.subject,
      body: input.body,
      html: input.html,
      important: input.important,
      confirmedLinks: [...input.confirmedLinks],
      attachments,
      startedAt: current?.startedAt ?? now,
      savedAt: now,
    };
  });
  if (saved === null) throw new ApiFailure('internal', 'The draft was not saved.');
  return saved;
}

export async function discardDraft(drafts: DraftBox, threadId: string): Promise<void> {
  await drafts.update(threadId, () => null);
}

/** base64 with anything but its alphabet is refused: Buffer.from would silently skip it. */
function decodeBase64(data: string): Buffer {
  const compact = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new ApiFailure('invalid-request', 'The attachment data is not valid base64.');
  }
  return Buffer.from(compact, 'base64');
}

export async function attachFile(
  ctx: CoreContext,
  drafts: DraftBox,
  req: Req<'drafts:attach'>,
): Promise<AttachmentView> {
  const bytes = decodeBase64(req.dataBase64);
  const sniffed = await sniffAttachment(bytes, readReplySettings(ctx.store).compliance.maxAttachmentBytes);
  // A first attachment may come before any text: the draft then starts from the thread's defaults.
  const defaults = (await drafts.get(req.threadId)) === null ? await replyDefaults(ctx, req.threadId) : null;
  const id = await drafts.writeAttachment(bytes); // durable before any draft points at it
  const attachment: StoredAttachment = {
    id,
    filename: sanitizeFilename(req.filename),
    contentType: sniffed.contentType,
    charset: sniffed.charset,
    size: bytes.length,
    purpose: req.purpose,
  };
  const now = ctx.clock.now().toISOString();
  try {
    await drafts.update(req.threadId, (current) => {
      if (current !== null)
        return { ...current, attachments: [...current.attachments, attachment], savedAt: now };
      if (defaults === null)
        throw new ApiFailure('draft-conflict', 'This thread has no buyer message to answer.');
      return {
        threadId: req.threadId,
        inReplyTo: defaults.inReplyTo,
        subject: defaults.subject,
        body: '',
        html: null,
        important: false,
        confirmedLinks: [],
        attachments: [attachment],
        startedAt: now,
        savedAt: now,
      };
    });
  } catch (error) {
    await drafts.discardAttachment(id);
    throw error;
  }
  return attachmentView(attachment);
}

export async function detachFile(drafts: DraftBox, req: Req<'drafts:detach'>): Promise<void> {
  await drafts.update(req.threadId, (current) => {
    if (current === null) return null;
    // Already gone is fine: detaching twice (two windows, a retry) must not fail.
    return { ...current, attachments: current.attachments.filter((a) => a.id !== req.attachmentId) };
  });
}
