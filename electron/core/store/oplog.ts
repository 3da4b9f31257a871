import type { OplogDoc } from './documents.js';
import { StoreError } from './errors.js';
import type { JsonValue, Operation } from './store-types.js';

/** Finished operations kept for diagnosis; pending ones are never pruned. */
const KEEP_FINISHED = 500;

export function appendOp(doc: OplogDoc, kind: string, payload: JsonValue, createdAt: string): Operation {
  const op: Operation = {
    seq: doc.nextSeq,
    createdAt,
    kind,
    payload,
    state: 'pending',
    attempts: 0,
    lastError: null,
  };
  doc.nextSeq += 1;
  doc.ops.push(op);
  return op;
}

export function finishOp(
  doc: OplogDoc,
  seq: number,
  outcome: { error: string | null; retry: boolean },
): void {
  const index = doc.ops.findIndex((o) => o.seq === seq);
  const op = doc.ops[index];
  if (!op) throw new StoreError('UNKNOWN_OPERATION', `No operation with seq ${seq}`);
  const attempts = op.attempts + 1;
  const state = outcome.error === null ? 'done' : outcome.retry ? 'pending' : 'failed';
  doc.ops[index] = { ...op, attempts, state, lastError: outcome.error ?? op.lastError };
  prune(doc);
}

export function pendingOps(doc: OplogDoc): Operation[] {
  return doc.ops.filter((o) => o.state === 'pending');
}

function prune(doc: OplogDoc): void {
  const finished = doc.ops.filter((o) => o.state !== 'pending').length;
  if (finished <= KEEP_FINISHED) return;
  let drop = finished - KEEP_FINISHED;
  doc.ops = doc.ops.filter((o) => o.state === 'pending' || drop-- <= 0);
}
