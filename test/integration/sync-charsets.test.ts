import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageMeta, StoredBody } from '../../shared/domain/message.js';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { charsetFixtures, type CharsetFixture } from '../support/mime-fixtures.js';
import { jsonLines, openSyncHarness, runCliCaptured, storedMessages } from '../support/sync-harness.js';

/*
 * The charset list, end to end: every fixture goes into a real Dovecot INBOX, through
 * IMAP, the MIME layer and the store, and must come out as the text a person wrote. Both read
 * paths are checked: the store API (what the app shows) and `cli messages` (what scripts see).
 */

const fixtures = charsetFixtures();
const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.com';

interface Stored {
  meta: MessageMeta;
  body: StoredBody;
  raw: Buffer;
}

describe('sync of every charset fixture from a real Dovecot', () => {
  let dovecot: DovecotInstance;
  let dataDir = '';
  /** By fixture index: seeding in order makes UID n+1 the n-th fixture. */
  const stored: Stored[] = [];
  let cliLines: Array<Record<string, unknown>> = [];
  let syncFetched = -1;

  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir(
      'seller',
      'INBOX',
      fixtures.map((f) => ({ raw: f.raw })),
    );
    const harness = await openSyncHarness(dovecot, { user: 'seller' });
    dataDir = harness.dataDir;
    try {
      const summary = await harness.syncNow();
      syncFetched = summary.inbox?.fetched ?? -1;
      for (const meta of storedMessages(harness.store, 'inbox')) {
        stored.push({
          meta,
          body: await harness.store.readBody(meta.id),
          raw: await harness.store.readRaw(meta.id),
        });
      }
    } finally {
      await harness.close();
    }
    const run = await runCliCaptured(['messages', '--data-dir', dataDir]);
    if (run.code !== 0) throw new Error(`cli messages failed: ${run.stderr.join('\n')}`);
    cliLines = jsonLines(run);
  });

  afterAll(async () => {
    try {
      await dovecot?.stop();
    } finally {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stores each fixture exactly once, in UID order', () => {
    expect(syncFetched).toBe(fixtures.length);
    expect(stored.map((s) => s.meta.uid)).toEqual(fixtures.map((_, i) => i + 1));
    expect(cliLines).toHaveLength(fixtures.length);
  });

  const cases = fixtures.map((fixture, index) => ({ name: fixture.name, index, fixture }));

  describe.each(cases)('$name', ({ index, fixture }: { index: number; fixture: CharsetFixture }) => {
    const at = (): Stored => {
      const found = stored[index];
      if (!found) throw new Error(`fixture ${index} was not stored`);
      return found;
    };

    it('keeps the raw source byte for byte (re-decoding later needs the original)', () => {
      expect(at().raw.equals(fixture.raw)).toBe(true);
    });

    it('decodes subject, body text, sender and attachment name in the store', () => {
      const { meta, body } = at();
      expect(meta.subject).toBe(fixture.expectSubject);
      expect(body.text).toContain(fixture.expectText);
      expect(meta.from?.address).toBe(BUYER);
      if (fixture.expectFromName !== undefined) expect(meta.from?.name).toBe(fixture.expectFromName);
      if (fixture.expectFilename !== undefined)
        expect(meta.attachments.map((a) => a.filename)).toEqual([fixture.expectFilename]);
      else expect(meta.attachments).toEqual([]);
      if (fixture.expectCharset !== undefined) expect(meta.charset).toBe(fixture.expectCharset);
      expect(meta.parseError).toBeNull();
      // Mojibake shows up as U+FFFD or as Latin-1 soup; neither may reach the desk.
      expect(`${meta.subject}${body.text}${meta.from?.name ?? ''}`).not.toMatch(/\uFFFD|[\u00C0-\u00FF]{2}/);
    });

    it('prints the same decoded fields in `cli messages`', () => {
      const line = cliLines[index];
      expect(line).toBeDefined();
      expect(line?.uid).toBe(index + 1);
      expect(line?.subject).toBe(fixture.expectSubject);
      expect(String(line?.text)).toContain(fixture.expectText);
      const from = line?.from as { name: string; address: string } | null;
      expect(from?.address).toBe(BUYER);
      if (fixture.expectFromName !== undefined) expect(from?.name).toBe(fixture.expectFromName);
      const attachments = line?.attachments as Array<{ filename: string }>;
      expect(attachments.map((a) => a.filename)).toEqual(
        fixture.expectFilename === undefined ? [] : [fixture.expectFilename],
      );
    });
  });
});
