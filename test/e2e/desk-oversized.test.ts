import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../shared/domain/download-plan.js';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { DESK_START_TIMEOUT, e2eSkipReason, startDesk, type Desk } from '../support/e2e/harness.js';

/*
 * A buyer mail over the 64 MB download limit, read in the real desk (Japanese UI): the sync
 * keeps its headers only (sender, subject, order ID), and the message says so and where the
 * rest is, instead of an empty body with no explanation.
 */

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const SUBJECT = '注文 249-7654321-7654321 の動画です';
const video = Buffer.alloc(MAX_MESSAGE_BYTES, 0x41).toString('base64').replace(/.{76}/g, '$&\r\n');
const oversized = Buffer.from(
  [
    'From: =?UTF-8?B?5bGx55SwIOiKseWtkA==?= <t969vz2jn3bdsy7@marketplace.amazon.co.jp>',
    'To: shop@example.com',
    `Subject: =?UTF-8?B?${Buffer.from(SUBJECT).toString('base64')}?=`,
    'Message-ID: <oversized-1@marketplace.amazon.co.jp>',
    'Date: Mon, 01 Jul 2024 10:00:00 +0900',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    '破損の様子を動画で送ります。',
    '--b',
    'Content-Type: video/mp4; name="damage.mp4"',
    'Content-Transfer-Encoding: base64',
    '',
    video,
    '--b--',
    '',
  ].join('\r\n'),
);

describe.skipIf(skipReason !== null)('a message over the download limit (Japanese UI)', () => {
  let dovecot: DovecotInstance;
  let desk: Desk;

  beforeAll(async () => {
    expect(oversized.length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    dovecot = await startDovecot();
    await dovecot.seedMaildir('seller', 'INBOX', [
      { raw: oversized, internalDate: new Date('2024-07-01T01:00:00Z') },
    ]);
    desk = await startDesk({ dovecot, locale: 'ja' });
    const sync = await desk.invoke('sync:run', {});
    if (!sync.ok) throw new Error(`sync:run failed: ${sync.error.message}`);
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await desk?.close();
    await dovecot?.stop();
  });

  it('lists it by its subject and says only its headers were saved, and where the rest is', async () => {
    await desk.page.getByTestId('message-list').getByText(SUBJECT).first().click();
    await desk.page.getByText('ヘッダー（差出人・件名・日時）だけを保存しました', { exact: false }).waitFor();
    expect(await desk.page.getByText('上限（64 MB）', { exact: false }).count()).toBeGreaterThan(0);
    expect(await desk.page.getByText('破損の様子を動画で送ります').count()).toBe(0);
    await desk.screenshot('ja-oversized-headers-only');
  });

  it('reported nothing internal and sent nothing anywhere', () => {
    expect(desk.internalErrors).toEqual([]);
    expect(desk.consoleErrors).toEqual([]);
    expect(desk.blockedRequests).toEqual([]);
  });
});
