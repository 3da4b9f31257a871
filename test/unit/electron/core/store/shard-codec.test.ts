import { describe, expect, it } from 'vitest';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { BlobTable } from '../../../../../electron/core/store/blob-table.js';
import type { ShardDoc } from '../../../../../electron/core/store/documents.js';
import { STORE_SCHEMA_VERSION } from '../../../../../electron/core/store/documents.js';
import { isPacked, PackedFormatError } from '../../../../../electron/core/store/packed-io.js';
import { decodeShard, encodeShard, ENCODED_FIELDS } from '../../../../../electron/core/store/shard-codec.js';
import type { BlobRef } from '../../../../../electron/core/store/store-types.js';
import { message } from './store-test-helpers.js';

/** Every field set to something other than the helper's default, so a dropped field shows. */
const full: MessageMeta = {
  id: 'inbox:100:5',
  mailbox: 'inbox',
  mailboxPath: '收件箱/客服',
  uid: 5,
  uidValidity: '100',
  messageId: 'abc@mail.example.cn',
  inReplyTo: 'parent@mail.example.cn',
  references: ['root@mail.example.cn', 'parent@mail.example.cn'],
  date: '2024-03-04T05:06:07.000Z',
  internalDate: '2024-03-04T05:06:09.000Z',
  from: { name: '김민수', address: 'x1@marketplace.amazon.com' },
  to: [
    { name: '', address: 'support@seller.example.jp' },
    { name: 'Café Ünïcode', address: 'cc@seller.example.jp' },
  ],
  subject: '商品が届きません 🙏 (注文番号: 503-1234567-1234567)',
  snippet: 'a'.repeat(160),
  language: 'ko',
  orderIds: ['503-1234567-1234567', '249-7654321-7654321'],
  buyer: { address: 'x1@marketplace.amazon.com', name: '김민수' },
  automated: 'marketplace-notice',
  attachments: [
    { filename: '写真.jpg', contentType: 'image/jpeg', size: 123456 },
    { filename: '', contentType: 'application/octet-stream', size: 0 },
  ],
  hasHtml: true,
  flags: ['\\Seen', '\\Flagged', '$NoReply'],
  modseq: '18446744073709551615',
  size: 4294967295,
  threadId: 'inbox:100:1',
  parseError: 'multipart boundary missing',
  charset: 'gb18030',
  sha256: 'f'.repeat(64),
  expungedAt: '2024-04-01T00:00:00.000Z',
  triage: {
    category: 'complaint',
    confidence: 0.8731,
    uncertain: false,
    cues: ['破損', '返品'],
    signals: ['defect', 'refund'],
  },
  downloaded: 'headers',
};

const nulls: MessageMeta = {
  ...message({ uid: 6, buyer: null }).meta,
  messageId: null,
  inReplyTo: null,
  modseq: null,
  parseError: null,
  charset: null,
  expungedAt: null,
};

const ref = (offset: number): BlobRef => ({
  pack: 'blobs/inbox/100/0.pack',
  offset,
  rawLength: 10,
  bodyLength: 20,
  crc: 4294967295,
});

function shard(messages: MessageMeta[], blobs: Array<[string, BlobRef]> = []): ShardDoc {
  const table = new BlobTable();
  for (const [id, r] of blobs) table.set(id, r);
  return { v: STORE_SCHEMA_VERSION, mailbox: 'inbox', uidValidity: '100', shard: 0, messages, blobs: table };
}

function roundTrip(doc: ShardDoc): ShardDoc {
  const bytes = encodeShard(doc);
  expect(isPacked(bytes)).toBe(true);
  return decodeShard(bytes) as ShardDoc;
}

describe('packed shard round trip gives back exactly what was encoded', () => {
  const cases: Array<{ name: string; meta: MessageMeta }> = [
    { name: 'every field set, CJK/Hangul/emoji/Latin-1 text, 2^32-1 size', meta: full },
    { name: 'every nullable field null (no from, no buyer)', meta: nulls },
    {
      name: 'empty arrays and empty strings',
      meta: { ...nulls, references: [], to: [], subject: '', snippet: '' },
    },
    {
      name: 'an id not of the role:uidValidity:uid form is kept as is',
      meta: { ...full, id: 'legacy-id-7' },
    },
    {
      name: 'a lone surrogate survives (UTF-8 would have replaced it)',
      meta: { ...full, subject: 'x\ud800y' },
    },
    { name: 'headers only (over the download limit)', meta: { ...nulls, downloaded: 'headers' } },
    { name: 'nothing downloaded but its place', meta: { ...full, downloaded: 'none' } },
    {
      name: 'from with an empty name is not taken for a missing from',
      meta: { ...full, from: { name: '', address: '' } },
    },
  ];
  it.each(cases)('$name', ({ meta }) => {
    const back = roundTrip(shard([meta]));
    expect(back.messages).toEqual([meta]);
    expect(Object.keys(back.messages[0] ?? {}).sort()).toEqual([...ENCODED_FIELDS].sort());
  });

  it('keeps many messages in order with their blob refs, sharing repeated strings', () => {
    const metas = [1, 2, 3, 999].map((uid) => message({ uid }).meta);
    const blobs: Array<[string, BlobRef]> = metas.map((m, n) => [m.id, ref(n * 1e10)]); // offsets past 4 GiB
    const back = roundTrip(shard(metas, blobs));
    expect(back.messages).toEqual(metas);
    expect([...back.blobs.entries()]).toEqual(blobs);
    expect(back.messages[0]?.mailboxPath).toBe(back.messages[1]?.mailboxPath);
    expect(encodeShard(shard(metas, blobs)).length).toBeLessThan(JSON.stringify(metas).length);
  });

  it('decodes from a buffer that does not start on an aligned offset (a pooled or sliced read)', () => {
    const doc = shard([full], [[full.id, ref(3)]]);
    const shifted = Buffer.concat([Buffer.alloc(1), encodeShard(doc)]).subarray(1);
    expect(shifted.byteOffset % 4).not.toBe(0);
    expect((decodeShard(shifted) as ShardDoc).messages).toEqual([full]);
  });

  it('keeps an empty shard', () => {
    expect(roundTrip(shard([]))).toMatchObject({
      messages: [],
      shard: 0,
      mailbox: 'inbox',
      uidValidity: '100',
    });
  });
});

describe('damage is refused, never decoded into wrong data', () => {
  const bytes = encodeShard(shard([full, nulls], [[full.id, ref(0)]]));
  const flip = (at: number): Buffer => {
    const copy = Buffer.from(bytes);
    copy[at] = (copy[at] ?? 0) ^ 0x01;
    return copy;
  };
  const cases = [
    { name: 'truncated by one byte', damaged: bytes.subarray(0, bytes.length - 1) },
    { name: 'truncated to the prefix', damaged: bytes.subarray(0, 16) },
    { name: 'one bit flipped in the text', damaged: flip(bytes.length - 3) },
    { name: 'one bit flipped in the cells', damaged: flip(200) },
    { name: 'a byte appended', damaged: Buffer.concat([bytes, Buffer.from([0])]) },
  ];
  it.each(cases)('$name', ({ damaged }) => {
    expect(() => decodeShard(damaged)).toThrow(PackedFormatError);
  });

  it('a shard from a newer app decodes to just its version, for migrate() to refuse', () => {
    const newer = Buffer.from(bytes);
    newer.writeUInt32LE(STORE_SCHEMA_VERSION + 1, 4);
    expect(decodeShard(newer)).toEqual({ v: STORE_SCHEMA_VERSION + 1 });
  });

  it('an older JSON shard still decodes, its blobs turned into a table', () => {
    const legacy = {
      v: 2,
      mailbox: 'inbox',
      uidValidity: '100',
      shard: 0,
      messages: [full],
      blobs: { [full.id]: ref(7) },
    };
    const back = decodeShard(Buffer.from(JSON.stringify(legacy))) as ShardDoc;
    expect(back.messages).toEqual([full]);
    expect(back.blobs.get(full.id)).toEqual(ref(7));
  });
});
