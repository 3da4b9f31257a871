import type { Buffer } from 'node:buffer';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFER_HTML_UP_TO_BYTES } from '../../../../../electron/core/mail/analyse-message.js';
import { parseMessage } from '../../../../../electron/core/mail/mime/parse-message.js';
import { viewableBody } from '../../../../../electron/core/mail/viewable-body.js';
import { openStore, type Store } from '../../../../../electron/core/store/index.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { buildMessage, charsetFixtures, encode } from '../../../../support/mime-fixtures.js';
import { generateCorpus } from '../../../../../bench/corpus.js';
import { storeAsSynced } from '../../../../support/synced-store.js';

const NOW = new Date('2026-11-01T00:00:00.000Z');

function alternative(charset: string, text: string, html: string, paddingBytes = 0): Buffer {
  const part = (type: string, body: string) => [
    '--alt',
    `Content-Type: ${type}; charset=${charset}`,
    'Content-Transfer-Encoding: base64',
    '',
    encode(body, charset).toString('base64'),
  ];
  return buildMessage({
    headers: ['From: buyer@example.com', 'Subject: alt'],
    contentType: 'multipart/alternative; boundary="alt"',
    body: [
      ...part('text/plain', text),
      ...part('text/html', html),
      ...(paddingBytes > 0
        ? ['--alt', 'Content-Type: application/octet-stream', '', 'x'.repeat(paddingBytes)]
        : []),
      '--alt--',
      '',
    ].join('\r\n'),
  });
}

// [name, raw, what the stored body holds, why]
const shaped: [string, Buffer, 'text only' | 'text and html' | 'no html', string][] = [
  [
    'Shift_JIS text beside HTML',
    alternative('Shift_JIS', '商品が届きません～', '<p>商品が<b>届きません</b>～</p>'),
    'text only',
    'the sync leaves the HTML in the raw source; the view decodes it with the same charset',
  ],
  [
    'GB18030 text beside HTML',
    alternative('GB2312', '请尽快处理退款 镕', '<p>请尽快处理退款 镕</p>'),
    'text only',
    'a GBK character under a GB2312 label survives the deferred decode too',
  ],
  [
    'text beside HTML in a message over the deferral limit',
    alternative('utf-8', '写真を添付します', '<p>写真を<b>添付</b>します</p>', DEFER_HTML_UP_TO_BYTES),
    'text and html',
    'opening it would mean parsing megabytes again, so the HTML is stored at sync time',
  ],
  [
    'HTML only',
    buildMessage({
      headers: ['From: buyer@example.com', 'Subject: html'],
      contentType: 'text/html; charset=utf-8',
      body: '<p>返品したいです</p>',
    }),
    'text and html',
    'the text comes from the HTML, so the HTML is decoded at sync time and stored',
  ],
  [
    'plain text only',
    buildMessage({
      headers: ['From: buyer@example.com', 'Subject: plain'],
      contentType: 'text/plain; charset=utf-8',
      body: 'ありがとうございました',
    }),
    'no html',
    'nothing to decode later',
  ],
];

// Every charset fixture and 100 bench messages (two text parts each) as well: the view must
// show the HTML the sync would have stored before it deferred it.
const everyKind: [string, Buffer][] = [
  ...shaped.map(([name, raw]): [string, Buffer] => [name, raw]),
  ...charsetFixtures().map((f): [string, Buffer] => [`fixture ${f.name}`, f.raw]),
  ...generateCorpus(100).map((m, i): [string, Buffer] => [`bench message ${i}`, m.raw]),
];

let dir = '';
let store: Store;
const stored = new Map<string, { meta: MessageMeta; raw: Buffer }>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'viewable-body-'));
  store = (await openStore(dir, { fsync: false })).store;
  const metas = await storeAsSynced(
    store,
    everyKind.map(([, raw]) => raw),
    NOW,
  );
  everyKind.forEach(([name, raw], i) => stored.set(name, { meta: metas[i] as MessageMeta, raw }));
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the stored body of a synced message', () => {
  it.each(shaped)('%s: %s stored (%s)', async (name, _raw, expected) => {
    const { meta } = stored.get(name) as { meta: MessageMeta };
    const body = await store.readBody(meta.id);
    const got = body.html !== null ? 'text and html' : meta.hasHtml ? 'text only' : 'no html';
    expect(got).toBe(expected);
  });
});

describe('viewableBody', () => {
  it.each(everyKind)('%s: the text and HTML a full parse gives', async (name) => {
    const { meta, raw } = stored.get(name) as { meta: MessageMeta; raw: Buffer };
    const full = await parseMessage(raw);
    expect(meta.hasHtml).toBe(full.html !== null);
    expect(await viewableBody(store, meta)).toEqual({ text: full.text, html: full.html });
  });

  it('reads no raw source when the stored body already has what the view shows', async () => {
    const cases = ['HTML only', 'plain text only'].map((name) => stored.get(name)?.meta as MessageMeta);
    const counting = {
      readBody: (id: string) => store.readBody(id),
      readRaw: (): Promise<Buffer> => Promise.reject(new Error('raw source read')),
    };
    for (const meta of cases) await expect(viewableBody(counting, meta)).resolves.toBeDefined();
  });
});
