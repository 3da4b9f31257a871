import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../../electron/core/mail/mime/parse-message.js';
import { MAX_FALLBACK_TEXT_BYTES } from '../../../../../../electron/core/mail/mime/fallback.js';
import { buildMessage, charsetFixtures, encode, ORDER_ID } from '../../../../../support/mime-fixtures.js';

describe('parseMessage: charsets (fixtures shared with integration tests)', () => {
  it.each(charsetFixtures().map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const parsed = await parseMessage(f.raw);
    expect(parsed.parseError).toBeNull();
    expect(parsed.subject).toBe(f.expectSubject);
    expect(parsed.text).toContain(f.expectText);
    expect(parsed.text).not.toContain('\uFFFD');
    if (f.expectFromName !== undefined) expect(parsed.from?.name).toBe(f.expectFromName);
    if (f.expectFilename !== undefined)
      expect(parsed.attachments.map((a) => a.filename)).toEqual([f.expectFilename]);
    if (f.expectCharset !== undefined) expect(parsed.charset).toBe(f.expectCharset);
  });
});

const plain = (headers: string[], body: string): Buffer =>
  buildMessage({
    headers,
    contentType: 'text/plain; charset=utf-8',
    transferEncoding: '8bit',
    body: Buffer.from(body),
  });

describe('parseMessage: ids, addresses, headers', () => {
  const raw = plain(
    [
      'From: "Yamada, Taro" <t969vz2jn3bdsy7@marketplace.amazon.com>',
      'To: shop@example.com, =?utf-8?B?5bqX6ZW3?= <boss@example.com>',
      'Reply-To: reply@example.com',
      'Subject: Re: order',
      'Message-ID:  < abc123@mail.example >',
      'In-Reply-To: <parent@mail.example>',
      'References: <root@mail.example>\r\n <parent@mail.example>',
      'Date: Tue, 02 Jan 2024 10:00:00 +0900',
      'Auto-Submitted: auto-replied',
      'X-Auto-Response-Suppress: All',
      'Precedence: bulk',
      'List-Id: <news.example.com>',
      'X-Amz-Marketplace: jp',
      'Feedback-ID: 1:2:3',
      'X-Failed-Recipients: a@example.com',
      'X-Failed-Recipients: b@example.com',
    ],
    'hello',
  );
  const cases: [string, (p: Awaited<ReturnType<typeof parseMessage>>) => unknown, unknown][] = [
    ['Message-ID loses brackets and spaces', (p) => p.messageId, 'abc123@mail.example'],
    ['In-Reply-To', (p) => p.inReplyTo, 'parent@mail.example'],
    [
      'References split into a list across folds',
      (p) => p.references,
      ['root@mail.example', 'parent@mail.example'],
    ],
    [
      'comma inside a quoted name stays in the name',
      (p) => p.from,
      { name: 'Yamada, Taro', address: 't969vz2jn3bdsy7@marketplace.amazon.com' },
    ],
    ['To list with an encoded name', (p) => p.to.map((a) => a.name), ['', '店長']],
    ['Reply-To', (p) => p.replyTo.map((a) => a.address), ['reply@example.com']],
    ['Date as ISO 8601', (p) => p.date, '2024-01-02T01:00:00.000Z'],
    [
      'auto-submitted header kept for auto-reply detection',
      (p) => p.headers['auto-submitted'],
      'auto-replied',
    ],
    ['precedence', (p) => p.headers['precedence'], 'bulk'],
    ['x-auto-response-suppress', (p) => p.headers['x-auto-response-suppress'], 'All'],
    ['list-id', (p) => p.headers['list-id'], '<news.example.com>'],
    ['x-amz-* kept', (p) => p.headers['x-amz-marketplace'], 'jp'],
    ['feedback-id', (p) => p.headers['feedback-id'], '1:2:3'],
    ['repeated headers joined', (p) => p.headers['x-failed-recipients'], 'a@example.com, b@example.com'],
    ['content-type', (p) => p.headers['content-type'], 'text/plain; charset=utf-8'],
  ];
  it.each(cases)('%s', async (_why, pick, expected) => {
    expect(pick(await parseMessage(raw))).toEqual(expected);
  });

  it.each([
    ['no Message-ID / In-Reply-To / References / Date', ['From: a@example.com', 'Subject: hi']],
    ['nonsense Date', ['From: a@example.com', 'Subject: hi', 'Date: yesterday-ish']],
  ])('%s gives nulls and empty lists', async (_why, headers) => {
    const p = await parseMessage(plain(headers, 'body'));
    expect([p.messageId, p.inReplyTo, p.references, p.date, p.parseError]).toEqual([
      null,
      null,
      [],
      null,
      null,
    ]);
  });
});

describe('parseMessage: forceCharset re-decodes body and 8-bit headers', () => {
  const raw = buildMessage({
    headers: ['From: a@example.com', Buffer.concat([Buffer.from('Subject: '), encode('商品', 'euc-kr')])],
    contentType: 'text/plain; charset=euc-kr',
    transferEncoding: '8bit',
    body: encode('お届け', 'euc-jp'),
  });
  it.each([
    ['declared euc-kr, re-decoded as euc-jp', 'euc-jp', 'お届け'],
    ['label spelled ks_c_5601-1987 maps to the euc-kr superset', 'ks_c_5601-1987', null],
  ])('%s', async (_why, force, text) => {
    const p = await parseMessage(raw, { forceCharset: force });
    if (text !== null) expect(p.text).toContain(text);
    expect(p.charset).toBe(force === 'euc-jp' ? 'euc-jp' : 'euc-kr');
  });
  it('forced charset also applies to raw 8-bit header bytes', async () => {
    expect((await parseMessage(raw, { forceCharset: 'euc-kr' })).subject).toBe('商品');
  });
});

describe('parseMessage: bad input never throws', () => {
  const big = Buffer.alloc(22 * 1024 * 1024, 0x5a);
  const nested =
    Array.from(
      { length: 10_000 },
      (_, i) => `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`,
    ).join('') + 'x\r\n';
  const cases: [string, Buffer, (p: Awaited<ReturnType<typeof parseMessage>>) => void][] = [
    [
      'empty buffer',
      Buffer.alloc(0),
      (p) => expect([p.parseError, p.text, p.subject]).toEqual(['empty message', '', '']),
    ],
    [
      'binary junk',
      Buffer.from([0x00, 0xff, 0x13, 0x37, 0x89, 0x50, 0x4e, 0x47]),
      (p) => expect(p.parseError).toBe('no header block'),
    ],
    [
      'garbage header lines then text',
      Buffer.from('%%%% not a header\r\nhello 503\r\n'),
      (p) => expect(p.text).toContain('hello 503'),
    ],
    [
      'truncated multipart keeps the part read so far',
      Buffer.from(
        `From: a@example.com\r\nSubject: cut\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nfirst half of ${ORDER_ID}`,
      ),
      (p) => expect([p.subject, p.text.includes(ORDER_ID)]).toEqual(['cut', true]),
    ],
    [
      'multipart without boundary shows the body',
      Buffer.from(
        'From: a@example.com\r\nSubject: nob\r\nContent-Type: multipart/mixed\r\n\r\nbody text here\r\n',
      ),
      (p) => expect(p.text).toContain('body text here'),
    ],
    [
      '10,000 nested multiparts hit the depth guard',
      Buffer.from(`From: a@example.com\r\nSubject: bomb\r\n${nested}`),
      (p) =>
        expect([
          p.parseError?.startsWith('unparseable MIME'),
          p.subject,
          p.text.length <= MAX_FALLBACK_TEXT_BYTES,
        ]).toEqual([true, 'bomb', true]),
    ],
    [
      '30 MB message: attachment size counted, content not kept',
      Buffer.concat([
        Buffer.from(
          'From: a@example.com\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee file\r\n--b\r\nContent-Type: application/pdf; name=big.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n',
        ),
        Buffer.from((big.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')),
        Buffer.from('\r\n--b--\r\n'),
      ]),
      (p) =>
        expect([p.text.trim(), p.attachments]).toEqual([
          'see file',
          [{ filename: 'big.pdf', contentType: 'application/pdf', size: big.length }],
        ]),
    ],
  ];
  it.each(cases)('%s', async (_why, raw, check) => {
    check(await parseMessage(raw));
  });
});
