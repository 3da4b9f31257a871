import { afterAll, describe, expect, it } from 'vitest';
import { analyseFetched, type AnalyseRequest } from '../../../../../electron/core/mail/analyse-message.js';
import { ParsePool } from '../../../../../electron/core/mail/parse-pool.js';
import { decodeBody } from '../../../../../electron/core/store/body-codec.js';
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

// The worker thread must give exactly what parsing on this thread gives: same metadata, same
// body once the store decodes the bytes the worker hands back.
describe('parse pool (worker thread)', () => {
  const pool = new ParsePool(1);
  afterAll(() => pool.close());

  it.each(charsetFixtures().map((f, i): [string, Buffer, number] => [f.name, f.raw, i + 1]))(
    '%s',
    async (_name, raw, uid) => {
      const here = await analyseFetched(request(raw, uid));
      const there = await pool.analyse(request(raw, uid));
      expect(there.meta).toEqual(here.meta);
      expect(there.body).toBeInstanceOf(Uint8Array);
      const body = there.body instanceof Uint8Array ? decodeBody(there.body, here.meta.id) : there.body;
      expect(body).toEqual(here.body);
    },
  );
});
