import type { z } from 'zod';
import type { sendResultSchema } from '../../../shared/api/schemas/replies.js';
import { checkDraft, isSendable } from '../../../shared/domain/compliance/check.js';
import type { ComplianceDraft } from '../../../shared/domain/compliance/types.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import type { CoreContext } from '../core-context.js';
import { isDailyLimitError } from '../outbox/daily-limit-error.js';
import type { OutboxPort } from '../outbox/outbox-port.js';
import { composeReply, sentSubject } from './compose-reply.js';
import type { DraftBox, StoredDraft } from './draft-box.js';
import { saveDraft, type DraftInput } from './draft-service.js';
import { threadMessages, threadOrderIds } from './reply-source.js';
import { readReplySettings } from './reply-settings-store.js';

/**
 * replies:send. The order is the guarantee: the draft is saved first (nothing typed is lost
 * whatever happens next), compliance is checked again here on exactly what will be queued (the
 * editor's check is advice, this one is the gate), the bytes get their Message-ID, the outbox
 * makes them durable, and only then does the draft go. A crash anywhere leaves either the
 * draft or the queued reply, never neither, and never both queued twice.
 */

export type SendResult = z.infer<typeof sendResultSchema>;

export interface SendDeps {
  drafts: DraftBox;
  outbox: OutboxPort;
  sends: SendGate;
}

/**
 * One send per thread at a time, and a double press of send is one reply: a repeat of the
 * exact input just sent, while the thread has no draft again, answers with the same item.
 * (A discarded item's draft is restored first, so sending it again is not a repeat.)
 */
export class SendGate {
  readonly #tails = new Map<string, Promise<unknown>>();
  readonly #last = new Map<string, { input: string; result: SendResult }>();

  run<T>(threadId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(threadId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.#tails.set(threadId, tail);
    void tail.then(() => {
      if (this.#tails.get(threadId) === tail) this.#tails.delete(threadId);
    });
    return next;
  }

  repeatOf(input: DraftInput): SendResult | null {
    const last = this.#last.get(input.threadId);
    return last !== undefined && last.input === JSON.stringify(input) ? last.result : null;
  }

  remember(input: DraftInput, result: SendResult): void {
    this.#last.set(input.threadId, { input: JSON.stringify(input), result });
  }
}

/** Exactly what the seller wrote (the quoted buyer text is not theirs) plus what the rules need. */
export function complianceDraftOf(
  draft: StoredDraft,
  answered: MessageMeta,
  thread: readonly MessageMeta[],
): ComplianceDraft {
  return {
    subject: sentSubject(draft, answered),
    body: draft.body,
    html: draft.html,
    attachments: draft.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      purpose: a.purpose,
    })),
    buyerLanguage: answered.language,
    orderIds: threadOrderIds(thread),
    proactive: false,
    confirmedLinks: draft.confirmedLinks,
  };
}

export function sendReply(ctx: CoreContext, deps: SendDeps, input: DraftInput): Promise<SendResult> {
  return deps.sends.run(input.threadId, async () => {
    const repeated = deps.sends.repeatOf(input);
    if (repeated !== null && (await deps.drafts.get(input.threadId)) === null) return repeated;
    const draft = await saveDraft(ctx, deps.drafts, input);
    const answered = ctx.store.getMessage(draft.inReplyTo);
    if (answered === null) throw new Error('the answered message vanished after the draft was saved');
    const thread = threadMessages(ctx.store, draft.threadId);
    const settings = readReplySettings(ctx.store);
    const findings = checkDraft(
      complianceDraftOf(draft, answered, thread),
      settings.compliance,
      ctx.clock.now(),
    );
    if (!isSendable(findings)) return { outcome: 'blocked', findings };
    const usage = deps.outbox.usage();
    if (usage.state === 'blocked') return { outcome: 'limit-reached', usage };

    const outgoing = await composeReply(ctx, deps.drafts, draft, answered);
    let outboxId: string;
    try {
      outboxId = (await deps.outbox.enqueue(outgoing)).id;
    } catch (error) {
      if (isDailyLimitError(error)) return { outcome: 'limit-reached', usage: deps.outbox.usage() };
      throw error; // the draft stays: nothing was queued
    }
    const result: SendResult = { outcome: 'queued', outboxId, warnings: findings };
    deps.sends.remember(input, result);
    // Only the version that was queued goes; text saved since (another window) is newer and stays.
    const sent = JSON.stringify(draft);
    await deps.drafts.update(draft.threadId, (current) =>
      JSON.stringify(current) === sent ? null : current,
    );
    return result;
  });
}
