import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { storedMessages, withSyncHarness } from '../support/sync-harness.js';

/*
 * Messages over the download limit (issue 2: "a 30 MB message ... none stops the sync"; and every
 * server response is hostile). Against a real Dovecot, with the limit lowered to 200 KiB so the
 * mails stay small: one too large is kept with its headers only, one whose very headers are too
 * large is kept as a placeholder, and the rest come whole. Through a proxy that rewrites every
 * RFC822.SIZE to 100 bytes (a lying server), the same result must come out of the retries; that
 * connection is plain text (loopback only), as a rewriting proxy cannot see into TLS.
 */

const LIMIT = 200 * 1024;
const USER = 'seller';
const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.co.jp';
const ORDER = '249-1234567-1234567';

function mail(
  uid: number,
  extraHeaders: string[],
  body: string,
  contentType = 'text/plain; charset=UTF-8',
): Buffer {
  return Buffer.from(
    [
      `From: =?UTF-8?B?${Buffer.from('山田 花子').toString('base64')}?= <${BUYER}>`,
      'To: shop@example.com',
      `Subject: =?UTF-8?B?${Buffer.from(`注文 ${ORDER} の件 (${uid})`).toString('base64')}?=`,
      `Message-ID: <m${uid}@buyer.example>`,
      'Date: Tue, 02 Jan 2024 10:00:00 +0900',
      'MIME-Version: 1.0',
      `Content-Type: ${contentType}`,
      ...extraHeaders,
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

const photo = Buffer.alloc(300 * 1024, 7)
  .toString('base64')
  .replace(/.{76}/g, '$&\r\n');
const bigBody = [
  '--b1',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  '写真を添付します。',
  '--b1',
  'Content-Type: image/jpeg; name="damage.jpg"',
  'Content-Transfer-Encoding: base64',
  '',
  photo,
  '--b1--',
].join('\r\n');
const hugeHeaders = Array.from({ length: 3000 }, (_, i) => `X-Filler-${i}: ${'x'.repeat(90)}`);

/** UID -> what must come of it. */
const SEED = [
  { raw: mail(1, [], 'こんにちは。'), downloaded: 'whole' },
  { raw: mail(2, [], '商品はいつ届きますか？'), downloaded: 'whole' },
  { raw: mail(3, [], bigBody, 'multipart/mixed; boundary="b1"'), downloaded: 'headers' },
  { raw: mail(4, [], 'ありがとうございました。'), downloaded: 'whole' },
  { raw: mail(5, hugeHeaders, '本文'), downloaded: 'none' },
  { raw: mail(6, [], '返品したいです。'), downloaded: 'whole' },
] as const;

describe('messages over the download limit (real Dovecot, 200 KiB limit)', { timeout: 60_000 }, () => {
  let dovecot: DovecotInstance;
  let proxy: FaultProxy;

  beforeAll(async () => {
    expect(SEED[2].raw.length).toBeGreaterThan(LIMIT);
    expect(SEED[4].raw.length).toBeGreaterThan(LIMIT);
    dovecot = await startDovecot();
    await dovecot.seedMaildir(
      USER,
      'INBOX',
      SEED.map(({ raw }) => ({ raw })),
    );
    proxy = await startFaultProxy(dovecot.imapPort);
    proxy.rewriteServerLines((line) => line.replace(/RFC822\.SIZE \d+/g, 'RFC822.SIZE 100'));
  });
  afterAll(async () => {
    await proxy?.close();
    await dovecot?.stop();
  });

  it.each([
    // Honest: the sizes say which to fetch in part; only UID 5's headers break the limit.
    { server: 'honest sizes', viaProxy: false, attempts: 2 },
    // Lying: one attempt per step down (the batch, UID 3 alone, UID 5 alone, UID 5's headers).
    { server: 'a server that lies: every RFC822.SIZE is 100', viaProxy: true, attempts: 5 },
  ])(
    '$server: everything kept once, too large ones in part, in one syncNow',
    async ({ viaProxy, attempts }) => {
      const connectionsBefore = proxy.totalConnections;
      await withSyncHarness(
        dovecot,
        {
          user: USER,
          maxMessageBytes: LIMIT,
          batchSize: 50,
          ...(viaProxy ? { port: proxy.port, tls: 'none' as const } : {}),
        },
        async (harness) => {
          await harness.syncNow();
          // Each attempt (a fresh connection) reports its start with done 0.
          expect(harness.progress.filter((p) => p.mailbox === 'inbox' && p.done === 0)).toHaveLength(
            attempts,
          );
          const stored = storedMessages(harness.store, 'inbox');
          expect(stored.map((m) => [m.uid, m.downloaded])).toEqual(SEED.map((s, i) => [i + 1, s.downloaded]));

          const [, , headersOnly, , placeholder] = stored;
          // Headers only: who wrote, about which order, how big; the body stays on the server.
          expect(headersOnly).toMatchObject({
            subject: `注文 ${ORDER} の件 (3)`,
            from: { name: '山田 花子', address: BUYER },
            orderIds: [ORDER],
            buyer: { address: BUYER },
            attachments: [],
            parseError: null,
          });
          expect(headersOnly?.size).toBe(viaProxy ? 100 : SEED[2].raw.length);
          expect((await harness.store.readBody(headersOnly?.id ?? '')).text).toBe('');
          // Even the headers were over the limit: kept under its UID, nothing more.
          expect(placeholder).toMatchObject({ uid: 5, subject: '', from: null });
          expect((await harness.store.readBody(stored[1]?.id ?? '')).text).toContain('いつ届きますか');

          // Done: the steps are forgotten, and nothing is fetched again.
          expect(harness.store.getSyncState('inbox')?.sizeLimitSteps).toBeUndefined();
          const again = await harness.syncNow();
          expect([again.inbox?.plan, again.inbox?.fetched]).toEqual(['up-to-date', 0]);
          expect(storedMessages(harness.store, 'inbox')).toHaveLength(SEED.length);
        },
      );
      if (viaProxy) expect(proxy.totalConnections - connectionsBefore).toBe(attempts);
    },
  );
});
