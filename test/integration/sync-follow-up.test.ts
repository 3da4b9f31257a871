import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { buildMessage } from '../support/mime-fixtures.js';
import { withSyncHarness } from '../support/sync-harness.js';

/*
 * syncNow() asked while a sync runs must not hand back the running sync: it may already be past
 * the replay of an action just queued (a triage keyword) or past the fetch of new mail. Every
 * caller who asks meanwhile gets one shared follow-up sync — not one sync each.
 */

let dovecot: DovecotInstance;

beforeAll(async () => {
  dovecot = await startDovecot();
  await dovecot.seedMaildir('seller', 'INBOX', [
    { raw: buildMessage({ headers: ['From: a@example.com', 'Subject: one'], body: 'hello' }) },
  ]);
});

afterAll(async () => {
  await dovecot?.stop();
});

describe('syncNow during a running sync', () => {
  const cases = [
    { callersMeanwhile: 1, why: 'one caller gets a fresh sync' },
    { callersMeanwhile: 3, why: 'three callers share one follow-up sync' },
  ];
  it.each(cases)('$why', async ({ callersMeanwhile }) => {
    await withSyncHarness(dovecot, { user: 'seller' }, async (h) => {
      const first = h.syncNow();
      const later = Array.from({ length: callersMeanwhile }, () => h.syncNow());
      const [running, ...followUps] = await Promise.all([first, ...later]);
      for (const summary of followUps) {
        expect(summary).not.toBe(running);
        expect(summary).toBe(followUps[0]);
      }
      expect(h.store.messageCount).toBe(1);
    });
  });
});
