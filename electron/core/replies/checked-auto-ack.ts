import { checkDraft, isSendable } from '../../../shared/domain/compliance/check.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import type { CoreContext } from '../core-context.js';
import type { OutgoingReply } from '../outbox/outbox-port.js';
import { composeAutoAck } from './compose-reply.js';
import { readReplySettings } from './reply-settings-store.js';

/**
 * The automatic acknowledgement goes through the same gate as a reply a person sends: the
 * settings dialog refuses a blocked text, but the settings file could have been edited, or the
 * seller's banned words changed after the text was saved. A blocked text is never sent; the
 * acknowledger records the refusal in its ledger.
 */
export async function composeCheckedAutoAck(
  ctx: CoreContext,
  meta: MessageMeta,
  body: string,
): Promise<OutgoingReply> {
  const reply = await composeAutoAck(ctx, meta, body);
  const settings = readReplySettings(ctx.store).compliance;
  const findings = checkDraft(
    { subject: reply.subject, body, buyerLanguage: meta.language, orderIds: meta.orderIds },
    settings,
    ctx.clock.now(),
  );
  if (!isSendable(findings)) {
    const rules = [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.rule))];
    throw new Error(`automatic acknowledgement blocked by the compliance check: ${rules.join(', ')}`);
  }
  return reply;
}
