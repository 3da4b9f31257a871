import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { DESK_START_TIMEOUT, e2eSkipReason, startDesk, type Desk } from '../support/e2e/harness.js';
import { charsetFixtures } from '../support/mime-fixtures.js';

/*
 * A seller's first run against a real IMAP server: the setup form, the connection test step by
 * step (certificate verified, then a wrong password), save, sync, and the mail in the list.
 * The test Dovecot's self-signed CA goes in the form's collapsed "Certificate" field, as a shop
 * running its own mail server with a private certificate would enter it.
 */

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const fixtures = charsetFixtures().slice(0, 3); // utf-8, ISO-2022-JP, Shift_JIS

function step(page: Page, name: string): Locator {
  return page.getByTestId('test-steps').locator(`[data-step="${name}"]`);
}

async function fillImap(page: Page, dovecot: DovecotInstance, password: string): Promise<void> {
  await page.getByTestId('imap-host').fill(dovecot.host);
  await page.getByTestId('imap-port').fill(String(dovecot.imapPort));
  await page.getByRole('combobox', { name: 'Security' }).first().click();
  await page.getByRole('option', { name: 'STARTTLS', exact: true }).click();
  await page.getByTestId('imap-user').fill('seller');
  await page.getByTestId('imap-password').fill(password);
}

async function runTest(page: Page): Promise<void> {
  await page.getByTestId('test-connection').click();
  await page.getByTestId('test-steps').waitFor();
  await page.getByTestId('test-connection').filter({ hasText: 'Test connection' }).waitFor();
}

describe.skipIf(skipReason !== null)('first run: account setup against Dovecot (English UI)', () => {
  let dovecot: DovecotInstance;
  let desk: Desk;
  let password: string;

  beforeAll(async () => {
    dovecot = await startDovecot();
    password = dovecot.user('seller').password;
    await dovecot.seedMaildir(
      'seller',
      'INBOX',
      fixtures.map((f) => ({ raw: f.raw })),
    );
    desk = await startDesk();
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await desk?.close();
    await dovecot?.stop();
  });

  it('opens on the setup form with no account', async () => {
    await desk.page.getByText('Set up your customer-service mailbox').waitFor();
    expect(await desk.invoke('account:get', {})).toEqual({ ok: true, value: null });
  });

  it('without the server CA the test stops at the certificate step (TLS is really verified)', async () => {
    await fillImap(desk.page, dovecot, password);
    await runTest(desk.page);
    expect(await step(desk.page, 'tcp').getAttribute('data-ok')).toBe('true');
    expect(await step(desk.page, 'certificate').getAttribute('data-ok')).toBe('false');
    await desk.page.getByText('The connection failed at: Checking the server certificate').waitFor();
    // The test stops at the first failure: no later step may claim success.
    expect(
      await desk.page.getByTestId('test-steps').locator('[data-step="login"][data-ok="true"]').count(),
    ).toBe(0);
  });

  it('with the CA entered in the Certificate field, every step of the test is ok', async () => {
    // Collapsed by default: almost no seller needs it.
    expect(await desk.page.getByTestId('imap-ca-file').isVisible()).toBe(false);
    await desk.page.getByTestId('imap-certificate').click();
    await desk.page.getByTestId('imap-ca-file').fill(dovecot.caFile);
    await runTest(desk.page);
    await desk.page.getByText('The connection works.').waitFor();
    for (const name of ['dns', 'tcp', 'tls', 'certificate', 'login', 'capability']) {
      expect(await step(desk.page, name).getAttribute('data-ok'), name).toBe('true');
    }
    await desk.page.getByTestId('test-steps').scrollIntoViewIfNeeded();
    await desk.screenshot('en-account-setup-ok');
  });

  it('a wrong password fails the login step with the translated reason', async () => {
    await desk.page.getByTestId('imap-password').fill('wrong-password');
    await runTest(desk.page);
    await desk.page.getByText('The connection failed at: Signing in').waitFor();
    expect(await step(desk.page, 'certificate').getAttribute('data-ok')).toBe('true');
    expect(await step(desk.page, 'login').getAttribute('data-ok')).toBe('false');
    await step(desk.page, 'login')
      .getByText('Sign-in failed: check the user name and password', { exact: false })
      .waitFor();
    await desk.page.getByTestId('test-steps').scrollIntoViewIfNeeded();
    await desk.screenshot('en-account-login-failed');
    // The core's own (English) message never joins the sentence: it waits, collapsed, in details.
    const details = step(desk.page, 'login').getByTestId('step-details');
    expect(await details.locator('code').isVisible()).toBe(false);
    await details.getByText('Technical details').click();
    await details.locator('code').waitFor();
    expect(await details.locator('code').textContent()).not.toBe('');
  });

  it('saves with the right password, syncs, and lists the charset fixtures', async () => {
    await desk.page.getByTestId('imap-password').fill(password);
    // Saving needs an outgoing server too; nothing in this test sends mail.
    await desk.page.getByTestId('smtp-host').fill('127.0.0.1');
    await desk.page.getByTestId('save-account').click();
    const list = desk.page.getByTestId('message-list');
    await list.waitFor();
    await desk.page.getByText('All', { exact: true }).click();
    for (const f of fixtures) await list.getByText(f.expectSubject).first().waitFor();
    const account = await desk.invoke('account:get', {});
    expect(account).toMatchObject({
      ok: true,
      value: { hasPassword: { imap: true }, imap: { caFile: dovecot.caFile }, smtp: { caFile: null } },
    });
    expect(JSON.stringify(account)).not.toContain(password);
    expect(desk.requests.filter((url) => !url.startsWith(`${desk.origin}/`))).toEqual([]);
    expect(desk.internalErrors).toEqual([]);
  });
});
