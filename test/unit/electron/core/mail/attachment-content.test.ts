import { Buffer } from 'node:buffer';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAttachment } from '../../../../../electron/core/mail/attachment-content.js';
import { openStore, type Store } from '../../../../../electron/core/store/index.js';
import { HelpdeskError } from '../../../../../electron/core/errors.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { mailWithFiles, PDF_BYTES, rfc2231 } from '../../../../support/attachment-mail.js';
import { buildMessage } from '../../../../support/mime-fixtures.js';
import { storeAsSynced } from '../../../../support/synced-store.js';

const NOW = new Date('2024-07-02T00:00:00.000Z');
const MANUAL = Buffer.from('取扱説明書\r\n電源ボタンを3秒押してください。\r\n', 'utf-8');
const PHOTO = Buffer.alloc(700, 0xab);

// A forwarded message inline: postal-mime's public result lists the attachments then, not our
// part tree (parse-message.ts); the saved bytes must follow the same list.
const forwarded = buildMessage({
  headers: ['From: buyer@example.com', 'Subject: fwd', 'Message-ID: <fwd@example.com>'],
  contentType: 'multipart/mixed; boundary="f1"',
  body: [
    '--f1',
    'Content-Type: message/rfc822',
    '',
    'From: someone@example.com',
    'Subject: inner',
    '',
    'inner text',
    '--f1',
    'Content-Type: application/pdf; name="inv.pdf"',
    'Content-Disposition: attachment; filename="inv.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    PDF_BYTES.toString('base64'),
    '--f1--',
    '',
  ].join('\r\n'),
});

// [name, raw message, the bytes expected at each index in order, why]
const mails: [string, Buffer, Buffer[], string][] = [
  [
    'pdf + Japanese RFC 2231 text',
    mailWithFiles('two@example.com', 'Invoice', [
      { contentType: 'application/pdf', params: ' filename="invoice-503.pdf"', content: PDF_BYTES },
      { contentType: 'text/plain; charset=utf-8', params: rfc2231('取扱説明書.txt'), content: MANUAL },
    ]),
    [PDF_BYTES, MANUAL],
    'the issue-3 case: binary PDF and a UTF-8 file named in RFC 2231',
  ],
  [
    'inline image before the pdf',
    mailWithFiles('inline@example.com', 'Photo', [
      { contentType: 'image/jpeg', params: ' filename="photo.jpg"', content: PHOTO, disposition: 'inline' },
      { contentType: 'application/pdf', params: ' filename="invoice.pdf"', content: PDF_BYTES },
    ]),
    [PHOTO, PDF_BYTES],
    'the list counts an inline image, so index 1 must be the PDF, not the image',
  ],
  ['forwarded message inline', forwarded, [PDF_BYTES], 'the parser fallback path keeps the same order'],
];

let dir = '';
let store: Store;
const metas = new Map<string, MessageMeta>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attachment-content-'));
  store = (await openStore(dir, { fsync: false })).store;
  // The metadata is built exactly as sync builds it, so its `attachments` list is the real one.
  const synced = await storeAsSynced(
    store,
    mails.map(([, raw]) => raw),
    NOW,
  );
  mails.forEach(([name], i) => metas.set(name, synced[i] as MessageMeta));
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('readAttachment', () => {
  const cases = mails.flatMap(([name, , expected, why]) =>
    expected.map((bytes, index) => ({ name, index, bytes, why })),
  );

  it.each(cases)('$name: index $index has the listed part and its exact bytes ($why)', async (c) => {
    const meta = metas.get(c.name) as MessageMeta;
    const listed = meta.attachments[c.index];
    const got = await readAttachment(store, meta.id, c.index);
    expect({ filename: got.filename, contentType: got.contentType, size: got.content.byteLength }).toEqual(
      listed,
    );
    expect(Buffer.from(got.content).equals(c.bytes)).toBe(true);
  });

  it('decodes the names the list shows (RFC 2231 UTF-8)', async () => {
    const meta = metas.get('pdf + Japanese RFC 2231 text') as MessageMeta;
    expect(meta.attachments.map((a) => a.filename)).toEqual(['invoice-503.pdf', '取扱説明書.txt']);
  });

  const missing: { id: () => string; index: number; why: string }[] = [
    {
      id: () => (metas.get('pdf + Japanese RFC 2231 text') as MessageMeta).id,
      index: 2,
      why: 'one past the last',
    },
    {
      id: () => (metas.get('forwarded message inline') as MessageMeta).id,
      index: 1,
      why: 'the fallback lists one',
    },
    { id: () => 'inbox:1:999', index: 0, why: 'no such message' },
  ];
  it.each(missing)('index $index is not-found ($why)', async ({ id, index }) => {
    const error = await readAttachment(store, id(), index).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HelpdeskError);
    expect(error).toMatchObject({ code: 'not-found' });
  });
});
