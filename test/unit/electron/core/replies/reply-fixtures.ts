import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import type { Result } from '../../../../../shared/api/result.js';
import type { OutboxItemView } from '../../../../../shared/api/schemas/outbox.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { replyHandlers } from '../../../../../electron/core/api/reply-handlers.js';
import type { CoreContext } from '../../../../../electron/core/core-context.js';
import { EventBus } from '../../../../../electron/core/event-bus.js';
import { ThreadKeeper } from '../../../../../electron/core/mail/thread-keeper.js';
import type { DailyUsageView } from '../../../../../electron/core/outbox/daily-usage-view.js';
import type { OutboxPort, OutgoingReply } from '../../../../../electron/core/outbox/outbox-port.js';
import { DraftBox } from '../../../../../electron/core/replies/draft-box.js';
import { MemorySecretStore } from '../../../../../electron/core/secrets/memory-secret-store.js';
import { openStore, type IncomingMessage, type Store } from '../../../../../electron/core/store/index.js';

export const NOW = new Date('2026-11-20T03:00:00.000Z');
export const BUYER = 'abcdefgh1234567@marketplace.amazon.co.jp';
export const SHOP = 'support@shop-example.jp';
export const ORDER = '503-1234567-1234567';
export const BUYER_TEXT = '商品が届きません。\n注文番号は503-1234567-1234567です。';

function meta(p: Partial<MessageMeta> & Pick<MessageMeta, 'id' | 'uid' | 'threadId'>): MessageMeta {
  const mailbox = p.mailbox ?? 'inbox';
  return {
    mailbox,
    mailboxPath: mailbox === 'inbox' ? 'INBOX' : 'Sent',
    uidValidity: '1',
    messageId: `m${p.uid}@example.test`,
    inReplyTo: null,
    references: [],
    date: NOW.toISOString(),
    internalDate: NOW.toISOString(),
    from: { name: '山田 太郎 - Amazon Marketplace', address: BUYER },
    to: [{ name: '', address: SHOP }],
    subject: '商品について',
    snippet: '',
    language: 'ja',
    orderIds: [],
    buyer: { address: BUYER, name: '山田 太郎' },
    automated: 'none',
    attachments: [],
    hasHtml: false,
    flags: [],
    modseq: null,
    size: 100,
    parseError: null,
    charset: 'utf-8',
    sha256: createHash('sha256').update(p.id).digest('hex'),
    expungedAt: null,
    triage: null,
    downloaded: 'whole',
    ...p,
  };
}

function incoming(m: MessageMeta, text: string): IncomingMessage {
  return { meta: m, body: { text, html: null }, raw: Buffer.from(`Subject: x\r\n\r\n${text}`) };
}

/** Thread t1: our older reply in Sent, then the buyer's newest question. t2: only a marketplace notice. */
export const MESSAGES: IncomingMessage[] = [
  incoming(
    meta({
      id: 'inbox:1:1',
      uid: 1,
      threadId: 't1',
      messageId: 'first@marketplace.amazon.co.jp',
      subject: '商品について',
      date: '2026-11-18T01:00:00.000Z',
      orderIds: [ORDER],
    }),
    '最初の質問です。',
  ),
  incoming(
    meta({
      id: 'sent:1:1',
      uid: 1,
      mailbox: 'sent',
      threadId: 't1',
      messageId: 'ours@shop-example.jp',
      inReplyTo: 'first@marketplace.amazon.co.jp',
      references: ['first@marketplace.amazon.co.jp'],
      from: { name: 'Shop', address: SHOP },
      to: [{ name: '', address: BUYER }],
      buyer: null,
      subject: 'Re: 商品について',
      date: '2026-11-19T01:00:00.000Z',
    }),
    'ご連絡ありがとうございます。',
  ),
  incoming(
    meta({
      id: 'inbox:1:2',
      uid: 2,
      threadId: 't1',
      messageId: 'second@marketplace.amazon.co.jp',
      inReplyTo: 'ours@shop-example.jp',
      references: ['first@marketplace.amazon.co.jp', 'ours@shop-example.jp'],
      subject: 'Re: 回复: Ｒｅ：商品について',
      date: '2026-11-20T01:15:00.000Z',
    }),
    BUYER_TEXT,
  ),
  incoming(
    meta({
      id: 'inbox:1:3',
      uid: 3,
      threadId: 't2',
      from: { name: 'Amazon', address: 'donotreply@amazon.co.jp' },
      buyer: null,
      automated: 'marketplace-notice',
      subject: '発送通知',
    }),
    'ご注文の商品を発送しました。',
  ),
];

export class FakeOutbox implements OutboxPort {
  readonly queued: OutgoingReply[] = [];
  failWith: Error | null = null;
  state: DailyUsageView['state'] = 'ok';

  async enqueue(reply: OutgoingReply): Promise<OutboxItemView> {
    if (this.failWith !== null) throw this.failWith;
    this.queued.push(reply);
    return {
      id: `ob-${this.queued.length}`,
      kind: reply.kind,
      threadId: reply.threadId,
      inReplyTo: reply.inReplyTo,
      to: reply.to,
      subject: reply.subject,
      snippet: reply.snippet,
      messageId: reply.messageId,
      state: 'queued',
      problem: null,
      attempts: 0,
      createdAt: NOW.toISOString(),
      nextAttemptAt: null,
      sentAt: null,
    };
  }

  usage(): DailyUsageView {
    return { sentToday: this.queued.length, limit: 600, state: this.state };
  }
}

export interface Desk {
  dir: string;
  ctx: CoreContext;
  store: Store;
  drafts: DraftBox;
  outbox: FakeOutbox;
  /** The reply handlers over this desk's store, drafts and fake outbox. */
  api: ReturnType<typeof replyHandlers>;
  cleanup: () => Promise<void>;
}

/** A handler's value, or a thrown error naming what failed. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export async function openDesk(dir?: string): Promise<Desk> {
  const dataDir = dir ?? (await mkdtemp(join(tmpdir(), 'replies-')));
  const { store, report } = await openStore(dataDir, { now: () => NOW });
  if (dir === undefined) await store.putMessages(MESSAGES);
  const ctx: CoreContext = {
    version: 'test',
    dataDir,
    store,
    storeReport: report,
    secrets: new MemorySecretStore(),
    clock: { now: () => NOW },
    bus: new EventBus(),
    threads: new ThreadKeeper(store),
    sync: null,
  };
  const drafts = new DraftBox(dataDir, { now: () => NOW });
  const outbox = new FakeOutbox();
  return {
    dir: dataDir,
    ctx,
    store,
    drafts,
    outbox,
    api: replyHandlers(ctx, { outbox, drafts }),
    cleanup: async () => {
      await drafts.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// ---- attachment contents ------------------------------------------------------------------

/** A zip with stored (uncompressed) entries: enough for file-type to see a .docx. */
export function zip(files: Array<[string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name);
    const d = Buffer.from(data);
    const c = crc32(d);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(c, 14);
    local.writeUInt32LE(d.length, 18);
    local.writeUInt32LE(d.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(c, 16);
    central.writeUInt32LE(d.length, 20);
    central.writeUInt32LE(d.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, d);
    centrals.push(central, n);
    offset += 30 + n.length + d.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function cfb(stream: string): Buffer {
  const b = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  Buffer.from(stream, 'utf16le').copy(b, 1024);
  return b;
}

export const FILES = {
  pdf: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1'),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    Buffer.alloc(17),
  ]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
  docx: zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ['word/document.xml', '<w:document/>'],
  ]),
  doc: cfb('WordDocument'),
  xls: cfb('Workbook'),
  txtUtf8: Buffer.from('取扱説明書\n1. 電源を入れてください。\n'),
  txtSjis: iconv.encode('取扱説明書です。電源ボタンを三秒間押してください。\r\n', 'Shift_JIS'),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]),
  zip: zip([['a.txt', 'hi']]),
  html: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
  binary: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256).filter((b) => b !== 0)),
};

export const b64 = (b: Buffer): string => b.toString('base64');

type AttachPurpose = Parameters<Desk['api']['drafts:attach']>[0]['purpose'];

/** drafts:attach with these bytes (base64-encoded as the window sends them), thread t1 by default. */
export const attach = (
  api: Desk['api'],
  filename: string,
  purpose: AttachPurpose,
  bytes: Buffer,
  threadId = 't1',
): ReturnType<Desk['api']['drafts:attach']> =>
  api['drafts:attach']({ threadId, filename, purpose, dataBase64: b64(bytes) });
