import type { ImapFlow } from 'imapflow';
import { z } from 'zod';
import { triageActionSchema } from '../../../shared/api/schemas/triage.js';
import { DESK_FLAGS } from '../../../shared/domain/views.js';
import { flagChangesFor, type FlagChanges } from '../../../shared/domain/triage/keywords.js';
import type { Operation } from '../store/index.js';

/**
 * Replays the triage actions staff took (online or offline) to the shared mailbox, oldest first,
 * before each sync reads the mailbox back: so the server — the truth all desks share — gets our
 * changes first, and the sync that follows mirrors the merged result. Each operation is applied
 * to the server's flags as they are at replay time (an assignee another desk set meanwhile is
 * replaced, not kept beside ours). A message that is gone, or whose mailbox was re-created
 * (UIDVALIDITY changed), cannot take the change: the operation is marked failed, not retried
 * forever. Connection failures propagate: the operation stays pending for the next connection.
 */

export const TRIAGE_OP = 'triage';
export const REPORT_SPAM_OP = 'report-spam';

const target = {
  id: z.string().min(1),
  mailboxPath: z.string().min(1),
  uidValidity: z.string().regex(/^\d+$/),
  uid: z.int().min(1),
};
// The action exactly as the contract accepted it (triage-service.ts stores a copy).
export const triageOpSchema = z.object({ ...target, action: triageActionSchema });
const reportSpamOpSchema = z.object(target);
type TriageOpPayload = z.infer<typeof triageOpSchema>;
type ReportSpamOpPayload = z.infer<typeof reportSpamOpSchema>;

/** What the replayer needs of the store (the real Store satisfies it). */
export interface OpLog {
  listPendingOps(): Operation[];
  markOpDone(seq: number): Promise<void>;
  markOpFailed(seq: number, error: string, opts: { retry: boolean }): Promise<void>;
}

/** Server refusals (NO/BAD) get this many tries; then the action is given up and shown as failed. */
const MAX_ATTEMPTS = 5;

interface Parsed {
  op: Operation;
  payload: TriageOpPayload | (ReportSpamOpPayload & { action: null });
}

function parse(op: Operation): Parsed | null {
  if (op.kind === TRIAGE_OP) {
    const r = triageOpSchema.safeParse(op.payload);
    return r.success ? { op, payload: r.data } : null;
  }
  if (op.kind === REPORT_SPAM_OP) {
    const r = reportSpamOpSchema.safeParse(op.payload);
    return r.success ? { op, payload: { ...r.data, action: null } } : null;
  }
  return null;
}

export interface ReplayDeps {
  log: OpLog;
  /** Where reported spam goes; created when the server has no \Junk folder. */
  junkPath: () => Promise<string>;
}

/** Returns how many operations reached the server. */
export async function replayOps(client: ImapFlow, deps: ReplayDeps): Promise<number> {
  const pending = deps.log.listPendingOps();
  const parsed: Parsed[] = [];
  for (const op of pending) {
    if (op.kind !== TRIAGE_OP && op.kind !== REPORT_SPAM_OP) continue;
    const p = parse(op);
    if (p) parsed.push(p);
    else await deps.log.markOpFailed(op.seq, 'unreadable operation', { retry: false });
  }
  let applied = 0;
  // In order, but one SELECT per run of operations on the same mailbox.
  for (let i = 0; i < parsed.length;) {
    const path = parsed[i]?.payload.mailboxPath;
    let j = i;
    while (j < parsed.length && parsed[j]?.payload.mailboxPath === path) j++;
    applied += await replayIn(client, deps, parsed.slice(i, j));
    i = j;
  }
  return applied;
}

async function replayIn(client: ImapFlow, deps: ReplayDeps, ops: Parsed[]): Promise<number> {
  const first = ops[0];
  if (!first) return 0;
  const lock = await client.getMailboxLock(first.payload.mailboxPath, { readOnly: false });
  let applied = 0;
  try {
    const uidValidity = client.mailbox ? client.mailbox.uidValidity.toString() : '';
    for (const { op, payload } of ops) {
      if (payload.uidValidity !== uidValidity) {
        await deps.log.markOpFailed(op.seq, 'the mailbox was re-created on the server', { retry: false });
        continue;
      }
      const outcome = await applyOne(client, deps, payload);
      if (outcome === 'done') {
        await deps.log.markOpDone(op.seq);
        applied++;
      } else {
        await deps.log.markOpFailed(op.seq, outcome, { retry: op.attempts + 1 < MAX_ATTEMPTS });
      }
    }
  } finally {
    lock.release();
  }
  return applied;
}

/** 'done', or why the server would not take it (a connection failure throws instead). */
async function applyOne(client: ImapFlow, deps: ReplayDeps, payload: Parsed['payload']): Promise<string> {
  const uid = String(payload.uid);
  const current = await client.fetchOne(uid, { uid: true, flags: true }, { uid: true });
  if (!current) return 'gone';
  const flags = [...(current.flags ?? [])];
  const changes: FlagChanges = payload.action
    ? flagChangesFor(payload.action, flags)
    : { add: [DESK_FLAGS.spam], remove: [] };
  try {
    if (changes.add.length > 0) await client.messageFlagsAdd(uid, changes.add, { uid: true });
    if (changes.remove.length > 0) await client.messageFlagsRemove(uid, changes.remove, { uid: true });
    if (!payload.action) {
      const moved = await client.messageMove(uid, await deps.junkPath(), { uid: true });
      if (!moved) return 'the server did not move the message to Junk';
    }
  } catch (error) {
    if (!client.usable) throw error;
    return error instanceof Error ? error.message : String(error);
  }
  return 'done';
}

/** The \Junk folder (RFC 6154), else one named Junk, else a new "Junk". */
export async function findOrCreateJunk(client: ImapFlow): Promise<string> {
  const list = await client.list();
  const junk =
    list.find((box) => box.specialUse === '\\Junk') ??
    list.find((box) => ['junk', 'spam', 'junk e-mail'].includes(box.name.toLowerCase()));
  if (junk) return junk.path;
  const created = await client.mailboxCreate('Junk');
  return created.path;
}
