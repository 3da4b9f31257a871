import type { Category } from '../../../shared/domain/classifier/types.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import {
  applyFlagChanges,
  flagChangesFor,
  triageMarksOf,
  type TriageAction,
} from '../../../shared/domain/triage/keywords.js';
import { HelpdeskError } from '../errors.js';
import type { CoreContext } from '../core-context.js';
import { REPORT_SPAM_OP, TRIAGE_OP } from '../mail/op-replay.js';
import type { JsonValue } from '../store/index.js';
import { classifierInput, isClassifiable, type TriageKeeper } from './triage-keeper.js';
import type { TriageModel } from './triage-model.js';

export interface ActResult {
  changed: number;
  pending: number;
}

/**
 * Staff's triage actions. Each one changes the local store at once (the desk works offline),
 * is written to the operation log, and is replayed to the shared mailbox as keywords by the
 * sync service (op-replay.ts) — now if connected, else on reconnect. In demo mode (no account)
 * there is no server: the change stays local.
 */
export class TriageService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly model: TriageModel,
    private readonly keeper: TriageKeeper,
    private readonly openMessageIds: () => string[],
  ) {}

  async act(ids: readonly string[], action: TriageAction): Promise<ActResult> {
    const metas = this.#metas(ids);
    await this.#apply(metas, action);
    if (action.kind === 'set-category') await this.#learn(metas, action.category);
    return this.#changed(metas);
  }

  /** "Report": spam, moved to the server's Junk folder; our copy stays (history for disputes). */
  async reportSpam(ids: readonly string[]): Promise<ActResult> {
    const metas = this.#metas(ids).filter((m) => m.mailbox === 'inbox');
    await this.#apply(metas, { kind: 'spam', on: true });
    if (this.ctx.sync) await this.ctx.store.appendOps(REPORT_SPAM_OP, metas.map(targetOf));
    return this.#changed(metas);
  }

  /** Local flags at once; the operations for the server (when there is one) in one durable write. */
  async #apply(metas: readonly MessageMeta[], action: TriageAction): Promise<void> {
    const { store } = this.ctx;
    await store.updateFlags(
      metas.map((meta) => ({
        id: meta.id,
        flags: applyFlagChanges(meta.flags, flagChangesFor(action, meta.flags)),
        modseq: meta.modseq,
      })),
    );
    if (this.ctx.sync)
      await store.appendOps(
        TRIAGE_OP,
        metas.map((meta) => opPayload(meta, action)),
      );
  }

  async resetCorrections(messageIds: readonly string[] | null): Promise<number> {
    const { store } = this.ctx;
    const before = store.listCorrections();
    await store.removeCorrections(messageIds);
    const after = store.listCorrections();
    this.model.rebuild(after);
    const kept = new Set(after.map((c) => c.messageId));
    const touched = before.filter((c) => !kept.has(c.messageId));
    await this.keeper.reclassify([...this.openMessageIds(), ...touched.map((c) => c.messageId)]);
    this.#changed([]);
    return before.length - after.length;
  }

  /** The model learns at once, and the open queue is re-judged with what it learnt. */
  async #learn(metas: readonly MessageMeta[], category: Category): Promise<void> {
    const at = this.ctx.clock.now().toISOString();
    for (const meta of metas.filter(isClassifiable)) {
      const input = await classifierInput(this.ctx.store, meta);
      await this.ctx.store.addCorrection({ messageId: meta.id, category, ...input, at });
      this.model.learn(input, category);
    }
    const open = this.openMessageIds().filter((id) => {
      const meta = this.ctx.store.getMessage(id);
      return meta !== null && triageMarksOf(meta.flags).category === null;
    });
    await this.keeper.reclassify([...open, ...metas.map((m) => m.id)]);
  }

  #metas(ids: readonly string[]): MessageMeta[] {
    return ids.map((id) => {
      const meta = this.ctx.store.getMessage(id);
      if (!meta) throw new HelpdeskError('not-found', `No message ${id}`);
      return meta;
    });
  }

  #changed(metas: readonly MessageMeta[]): ActResult {
    this.ctx.bus.emit('messages:changed', { ids: metas.map((m) => m.id) });
    // Replay now when connected; offline, the sync service replays on reconnect.
    const state = this.ctx.sync?.status.state;
    if (state === 'connected' || state === 'syncing') void this.ctx.sync?.syncNow().catch(() => undefined);
    return { changed: metas.length, pending: this.ctx.store.listPendingOps().length };
  }
}

function targetOf(meta: MessageMeta): { [k: string]: JsonValue } {
  return { id: meta.id, mailboxPath: meta.mailboxPath, uidValidity: meta.uidValidity, uid: meta.uid };
}

/** The operation as op-replay.ts reads it back (triageOpSchema). */
function opPayload(meta: MessageMeta, action: TriageAction): JsonValue {
  return { ...targetOf(meta), action: { ...action } };
}
