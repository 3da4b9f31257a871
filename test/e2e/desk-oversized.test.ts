import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../shared/domain/download-plan.js';
import { e2eSkipReason } from '../support/e2e/harness.js';
import { useSyncedDesk } from '../support/e2e/synced-desk.js';

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
  const synced = useSyncedDesk(() => [{ raw: oversized, internalDate: new Date('2024-07-01T01:00:00Z') }], {
    locale: 'ja',
  });

  it('lists it by its subject and says only its headers were saved, and where the rest is', async () => {
    expect(oversized.length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    await synced.desk.page.getByTestId('message-list').getByText(SUBJECT).first().click();
    await synced.desk.page
      .getByText('ヘッダー（差出人・件名・日時）だけを保存しました', { exact: false })
      .waitFor();
    expect(await synced.desk.page.getByText('上限（64 MB）', { exact: false }).count()).toBeGreaterThan(0);
    expect(await synced.desk.page.getByText('破損の様子を動画で送ります').count()).toBe(0);
    await synced.desk.screenshot('ja-oversized-headers-only');
  });

  it('reported nothing internal and sent nothing anywhere', () => {
    expect(synced.desk.internalErrors).toEqual([]);
    expect(synced.desk.consoleErrors).toEqual([]);
    expect(synced.desk.blockedRequests).toEqual([]);
  });
});
