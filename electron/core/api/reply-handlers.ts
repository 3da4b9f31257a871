import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { CoreContext } from '../core-context.js';
import type { OutboxPort } from '../outbox/outbox-port.js';
import type { DraftBox } from '../replies/draft-box.js';
import {
  attachFile,
  detachFile,
  discardDraft,
  draftView,
  getDraft,
  saveDraft,
} from '../replies/draft-service.js';
import { readReplySettings, writeReplySettings } from '../replies/reply-settings-store.js';
import { SendGate, sendReply } from '../replies/send-reply.js';
import { guard } from './guard.js';

type ReplyApi = Pick<
  HelpdeskApi,
  | 'drafts:get'
  | 'drafts:save'
  | 'drafts:discard'
  | 'drafts:attach'
  | 'drafts:detach'
  | 'replies:send'
  | 'replies:settings'
  | 'replies:set-settings'
>;

export interface ReplyHandlerDeps {
  outbox: OutboxPort;
  /** Shared with the outbox, whose discard puts a draft back through `drafts.restore`. */
  drafts: DraftBox;
}

export function replyHandlers(ctx: CoreContext, deps: ReplyHandlerDeps): ReplyApi {
  const sends = new SendGate();
  const { drafts, outbox } = deps;
  return {
    'drafts:get': ({ threadId }) => guard(() => getDraft(ctx, drafts, threadId)),
    'drafts:save': (input) => guard(async () => draftView(await saveDraft(ctx, drafts, input))),
    'drafts:discard': ({ threadId }) =>
      guard(async () => {
        await discardDraft(drafts, threadId);
        return {};
      }),
    'drafts:attach': (req) => guard(() => attachFile(ctx, drafts, req)),
    'drafts:detach': (req) =>
      guard(async () => {
        await detachFile(drafts, req);
        return {};
      }),
    'replies:send': (input) => guard(() => sendReply(ctx, { drafts, outbox, sends }, input)),
    'replies:settings': () => guard(async () => readReplySettings(ctx.store)),
    'replies:set-settings': (settings) =>
      guard(async () => {
        await writeReplySettings(ctx.store, settings);
        return {};
      }),
  };
}
