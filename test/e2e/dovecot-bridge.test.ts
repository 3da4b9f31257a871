import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import {
  DESK_START_TIMEOUT,
  dovecotAccount,
  e2eSkipReason,
  startDesk,
  type Desk,
  type PageWindow,
} from '../support/e2e/harness.js';
import { charsetFixtures } from '../support/mime-fixtures.js';

/*
 * The harness's Dovecot path, end to end through the page: an account configured by
 * startDesk({dovecot}), a sync started from the page, real sync events arriving in the page's
 * listeners (validated by forwardEvents on the way) and CJK subjects listed back. UI scenarios
 * build on this; here only the bridge is under test, so nothing depends on what the UI shows.
 */

declare const window: PageWindow & { e2eEvents?: string[] };

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const fixtures = charsetFixtures().slice(0, 2); // utf-8 and ISO-2022-JP Japanese

describe.skipIf(skipReason !== null)('e2e bridge with a Dovecot account', () => {
  let dovecot: DovecotInstance;
  let desk: Desk;

  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir(
      'seller',
      'INBOX',
      fixtures.map((f) => ({ raw: f.raw })),
    );
    // No UI wait: this file tests the bridge, whatever the window currently shows.
    desk = await startDesk({ dovecot, locale: 'ja' });
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await desk?.close();
    await dovecot?.stop();
  });

  it('reports the configured account to the page, with the password only as hasPassword', async () => {
    const account = await desk.invoke('account:get', {});
    const { imap } = dovecotAccount(dovecot);
    expect(account).toMatchObject({ ok: true, value: { imap, hasPassword: { imap: true, smtp: false } } });
    expect(JSON.stringify(account)).not.toContain(dovecot.user('seller').password);
  });

  it('syncs from the page, delivers the sync events to it, and lists the CJK subjects', async () => {
    await desk.page.evaluate(() => {
      const seen: string[] = [];
      window.e2eEvents = seen;
      for (const name of ['sync:progress', 'sync:status-changed', 'messages:changed'] as const) {
        window.helpdesk.on(name, () => seen.push(name));
      }
    });
    const report = await desk.invoke('sync:run', {});
    // Not the fetched count: the app may have started its own sync first, so either run fetches.
    expect(report).toMatchObject({ ok: true });

    // Wait for every kind (each may come more than once); a missing kind times the test out.
    await desk.page.waitForFunction(
      (kinds) => kinds.every((k) => window.e2eEvents?.includes(k) === true),
      ['sync:progress', 'sync:status-changed', 'messages:changed'],
    );
    const forwarded = new Set(desk.events.map((e) => e.name));
    expect(forwarded).toEqual(new Set(['sync:progress', 'sync:status-changed', 'messages:changed']));

    const list = await desk.invoke('messages:list', { view: 'all' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.items.map((m) => m.subject).sort()).toEqual(
      fixtures.map((f) => f.expectSubject).sort(),
    );
    expect(desk.internalErrors).toEqual([]);
    expect(desk.consoleErrors).toEqual([]);
    expect(desk.blockedRequests).toEqual([]);
  });
});
