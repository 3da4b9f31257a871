import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { DESK_START_TIMEOUT, e2eSkipReason, startDesk, type Desk } from '../support/e2e/harness.js';
import { charsetFixtures } from '../support/mime-fixtures.js';

/*
 * The mail server goes away mid-shift: the status bar must say so in words (staff must know
 * that what they see is not current), the stored mail stays readable, and when the server is
 * back the desk reconnects by itself (capped backoff, see shared/domain/backoff.ts).
 */

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const fixtures = charsetFixtures().slice(0, 2); // utf-8 and ISO-2022-JP Japanese
const ONLINE = /^(connected|idle)$/;

describe.skipIf(skipReason !== null)('offline and back with a live IMAP connection (English UI)', () => {
  let dovecot: DovecotInstance;
  let desk: Desk;

  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir(
      'seller',
      'INBOX',
      fixtures.map((f) => ({ raw: f.raw })),
    );
    desk = await startDesk({ dovecot, liveSync: true });
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await desk?.close();
    await dovecot?.stop();
  });

  const status = () => desk.page.getByTestId('sync-status');

  it('connects and syncs on its own', async () => {
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 60_000 }).toMatch(ONLINE);
    const list = desk.page.getByTestId('message-list');
    await desk.page.getByText('All', { exact: true }).click();
    for (const f of fixtures) await list.getByText(f.expectSubject).first().waitFor();
  });

  it('shows the offline state in words when the server dies', async () => {
    await dovecot.kill();
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 30_000 }).toBe('offline');
    await status()
      .getByText(/^Offline \(last synced: .+\)$/)
      .waitFor();
    await status().getByRole('button', { name: 'Retry' }).waitFor();
  });

  it('still lists and opens stored mail while offline', async () => {
    const list = desk.page.getByTestId('message-list');
    for (const f of fixtures) await list.getByText(f.expectSubject).first().waitFor();
    const ja = fixtures[1];
    if (ja === undefined) throw new Error('fixture missing');
    await list.getByText(ja.expectSubject).first().click();
    const text = desk.page
      .getByTestId('reading-pane')
      .getByTestId('mail-text')
      .filter({ hasText: ja.expectText });
    await text.first().waitFor();
    // Reconnect attempts flash 'connecting' between backoff waits; shoot the offline words.
    await status()
      .getByText(/^Offline \(last synced: .+\)$/)
      .waitFor();
    await desk.screenshot('en-offline');
  });

  it('reconnects by itself when the server is back', async () => {
    await dovecot.restart();
    await expect.poll(() => status().getAttribute('data-state'), { timeout: 60_000 }).toMatch(ONLINE);
    await status()
      .getByText(/^(Connected|Up to date)/)
      .waitFor();
    expect(desk.requests.filter((url) => !url.startsWith(`${desk.origin}/`))).toEqual([]);
    expect(desk.internalErrors).toEqual([]);
  }, 90_000);
});
