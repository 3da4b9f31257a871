/**
 * How much of each new message the sync downloads, and in which FETCH. A message larger than the
 * download limit is kept with its headers only, so one huge mail (or a hostile server announcing
 * one) can neither fill memory nor stop the sync. Pure: the rules are one table-tested file.
 */

import type { DownloadExtent } from './message.js';
import { batchUidsBySize, type BatchLimits } from './sync-strategy.js';

/**
 * Larger messages are not downloaded whole: marketplaces cap buyer attachments far below this
 * (Amazon: 10 MB), and the 30 MB message still comes in whole. imapflow refuses any
 * literal above the limit before buffering it (maxLiteralSize), which is what bounds memory
 * when the server's RFC822.SIZE is wrong.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/**
 * What the sync learnt from a FETCH that broke the size limit (the server announced a literal
 * over it, and imapflow dropped the connection). Each failure moves the message one step down,
 * so every retry makes progress even against a server that lies on every answer:
 * - `alone`: it was in a batch; fetched alone next time, which names the culprit;
 * - `headers`: fetched alone and still too large: headers only;
 * - `none`: even the headers were too large: nothing more is asked of the server; the message
 *   is kept as a placeholder under its UID (its flags stay empty until they next change on the
 *   server).
 */
export const SIZE_LIMIT_STEPS = ['alone', 'headers', 'none'] as const;
export type SizeLimitStep = (typeof SIZE_LIMIT_STEPS)[number];

export interface DownloadBatch {
  uids: number[];
  extent: DownloadExtent;
}

export interface DownloadLimits extends BatchLimits {
  maxMessageBytes: number;
}

/**
 * FETCH batches in ascending UID order (the sync state moves past each batch as it is stored, so
 * the order must hold whatever the extent). Messages over the limit by their RFC822.SIZE, or
 * stepped down by an earlier failure, go alone; the rest are batched by count and bytes.
 */
export function planDownloads(
  uids: readonly number[],
  largeSizes: ReadonlyMap<number, number | null>,
  steps: ReadonlyMap<number, SizeLimitStep>,
  limits: DownloadLimits,
): DownloadBatch[] {
  const plan: DownloadBatch[] = [];
  let run: number[] = [];
  const flushRun = (): void => {
    for (const uids of batchUidsBySize(run, largeSizes, limits)) plan.push({ uids, extent: 'whole' });
    run = [];
  };
  for (const uid of uids) {
    const extent = singleExtent(steps.get(uid), largeSizes.get(uid), limits.maxMessageBytes);
    if (extent === null) {
      run.push(uid);
      continue;
    }
    flushRun();
    plan.push({ uids: [uid], extent });
  }
  flushRun();
  return plan;
}

/** The extent of a message that must be fetched alone, or null when it may share a batch. */
function singleExtent(
  step: SizeLimitStep | undefined,
  size: number | null | undefined,
  maxMessageBytes: number,
): DownloadExtent | null {
  if (step === 'none') return 'none';
  if (step === 'headers') return 'headers';
  if (typeof size === 'number' && size > maxMessageBytes) return 'headers';
  return step === 'alone' ? 'whole' : null;
}

/**
 * The steps after `batch` broke the size limit, given the UIDs of it already received (those
 * were not the culprit). Returns only the changed entries.
 */
export function stepDown(batch: DownloadBatch, received: ReadonlySet<number>): Map<number, SizeLimitStep> {
  const pending = batch.uids.filter((uid) => !received.has(uid));
  const next: SizeLimitStep = batch.extent === 'whole' ? (pending.length > 1 ? 'alone' : 'headers') : 'none';
  return new Map(pending.map((uid) => [uid, next]));
}
