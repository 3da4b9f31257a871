import { describe, expect, it } from 'vitest';
import { analyseFetched, type AnalyseRequest } from '../../../../../electron/core/mail/analyse-message.js';
import { ParsePool } from '../../../../../electron/core/mail/parse-pool.js';
import { charsetFixtures } from '../../../../support/mime-fixtures.js';

function request(raw: Buffer, uid: number): AnalyseRequest {
  return {
    fetched: {
      uid,
      flags: new Set(['\\Seen']),
      internalDate: '2026-11-01T00:00:00Z',
      size: raw.length,
      modseq: 7n,
      source: new Uint8Array(raw),
    },
    mailbox: { role: 'inbox', path: 'INBOX', uidValidity: '42' },
    nowIso: '2026-11-22T00:00:00.000Z',
  };
}

// Every charset case, three times over: more than one group of jobs (32) and a partial one.
const jobs = [1, 2, 3].flatMap((round) => charsetFixtures().map((f, i) => request(f.raw, round * 100 + i)));

describe('parse pool (worker thread, jobs and replies in groups)', () => {
  it.each([
    ['all answered by the worker', false],
    ['the worker terminated with jobs in flight and queued: redone on this thread', true],
  ])('gives what parsing on this thread gives: %s', async (_why, killWorker) => {
    const pool = new ParsePool(1);
    try {
      const answers = Promise.all(jobs.map((job) => pool.analyse(job)));
      if (killWorker) await pool.close();
      const expected = await Promise.all(jobs.map((job) => analyseFetched(job)));
      expect(await answers).toEqual(expected);
    } finally {
      await pool.close();
    }
  });
});
