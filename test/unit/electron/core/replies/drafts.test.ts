import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftBox } from '../../../../../electron/core/replies/draft-box.js';
import type { Req } from '../../../../../shared/api/types.js';
import { BUYER, FILES, NOW, ORDER, attach, openDesk, value, type Desk } from './reply-fixtures.js';

/* Drafts in the core: durable on every save, attachments judged by content, files tidied. */

const input = (over: Partial<Req<'drafts:save'>> = {}): Req<'drafts:save'> => ({
  threadId: 't1',
  inReplyTo: 'inbox:1:2',
  subject: 'Re: 商品について',
  body: `山田様\n\nご注文 ${ORDER} の件、確認いたします。`,
  html: null,
  important: false,
  confirmedLinks: [],
  attachmentPurposes: {},
  ...over,
});

let desk: Desk;
let api: Desk['api'];

beforeEach(async () => {
  desk = await openDesk();
  ({ api } = desk);
});
afterEach(async () => desk.cleanup());

/** What is on disk; the folder appears with the first draft operation. */
const attachmentFiles = async (): Promise<string[]> =>
  readdir(join(desk.dir, 'drafts', 'attachments')).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });

describe('drafts:get', () => {
  it('offers defaults from the newest buyer message: one Re:, the quote, language and order IDs', async () => {
    const { draft, defaults } = value(await api['drafts:get']({ threadId: 't1' }));
    expect(draft).toBeNull();
    expect(defaults).toMatchObject({
      inReplyTo: 'inbox:1:2',
      to: BUYER,
      subject: 'Re: 商品について',
      buyerLanguage: 'ja',
      orderIds: [ORDER],
    });
    expect(defaults?.quote).toMatch(/山田 太郎様は書きました:\n> 商品が届きません。\n> 注文番号は/);
  });

  it('has no defaults in a thread of automated mail only', async () => {
    expect(value(await api['drafts:get']({ threadId: 't2' })).defaults).toBeNull();
  });
});

describe('drafts:save', () => {
  it('survives a crash: a new DraftBox on the same folder (the old one never closed) reads it back', async () => {
    const saved = value(await api['drafts:save'](input()));
    const attached = value(await attach(api, '請求書.pdf', 'invoice', FILES.pdf));
    const after = new DraftBox(desk.dir, { now: () => NOW }); // the first box is dropped, not closed
    const reread = await after.get('t1');
    expect(reread).toMatchObject({ body: saved.body, subject: saved.subject, startedAt: saved.startedAt });
    expect(reread?.attachments.map((a) => a.id)).toEqual([attached.id]);
    expect((await after.readAttachment(attached.id)).equals(FILES.pdf)).toBe(true);
  });

  it('keeps startedAt across saves and takes the purposes of attachments already added', async () => {
    const first = value(await api['drafts:save'](input()));
    const a = value(await attach(api, 'x.pdf', 'other', FILES.pdf));
    const second = value(
      await api['drafts:save'](input({ body: 'changed', attachmentPurposes: { [a.id]: 'warranty' } })),
    );
    expect(second.startedAt).toBe(first.startedAt);
    expect(second.body).toBe('changed');
    expect(second.attachments).toMatchObject([{ id: a.id, purpose: 'warranty' }]);
  });

  const conflicts = [
    { over: { inReplyTo: 'inbox:9:9' }, why: 'the answered message is not in the store' },
    {
      over: { attachmentPurposes: { 'no-such-attachment': 'invoice' as const } },
      why: 'a purpose for an attachment not in the draft',
    },
  ];
  it.each(conflicts)('refuses with draft-conflict when $why', async ({ over }) => {
    const result = await api['drafts:save'](input(over));
    expect(result.ok ? null : result.error.code).toBe('draft-conflict');
    expect(value(await api['drafts:get']({ threadId: 't1' })).draft).toBeNull();
  });
});

describe('drafts:attach', () => {
  const accepted = [
    { name: 'invoice.pdf', bytes: FILES.pdf, type: 'application/pdf', why: 'PDF' },
    { name: '写真.png', bytes: FILES.png, type: 'image/png', why: 'PNG' },
    { name: 'photo.jpg', bytes: FILES.jpeg, type: 'image/jpeg', why: 'JPEG' },
    {
      name: 'manual.docx',
      bytes: FILES.docx,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      why: 'Word (docx)',
    },
    {
      name: 'old.doc',
      bytes: FILES.doc,
      type: 'application/msword',
      why: 'Word 97 (CFB with a WordDocument stream)',
    },
    { name: '説明書.txt', bytes: FILES.txtUtf8, type: 'text/plain', why: 'UTF-8 text' },
    { name: 'sjis.txt', bytes: FILES.txtSjis, type: 'text/plain', why: 'Shift_JIS text' },
    {
      name: 'notes.png',
      bytes: FILES.txtUtf8,
      type: 'text/plain',
      why: 'text named .png is attached as what it is: text',
    },
    { name: 'scan.txt', bytes: FILES.pdf, type: 'application/pdf', why: 'a PDF named .txt is a PDF' },
  ];
  it.each(accepted)('accepts $why by content', async ({ name, bytes, type }) => {
    const a = value(await attach(api, name, 'instructions', bytes));
    expect(a).toMatchObject({
      contentType: type,
      size: bytes.length,
      filename: name,
      purpose: 'instructions',
    });
    expect(await attachmentFiles()).toEqual([a.id]);
    // The first attachment starts a draft from the thread's defaults.
    expect(value(await api['drafts:get']({ threadId: 't1' })).draft).toMatchObject({
      inReplyTo: 'inbox:1:2',
    });
  });

  const rejected = [
    {
      name: 'invoice.pdf',
      bytes: FILES.exe,
      message: /application\/x-msdownload \(\.exe\)/,
      why: 'an .exe renamed .pdf',
    },
    { name: 'a.zip', bytes: FILES.zip, message: /application\/zip/, why: 'a zip' },
    { name: 'sheet.xls', bytes: FILES.xls, message: /x-cfb/, why: 'an Office container that is not Word' },
    { name: 'page.txt', bytes: FILES.html, message: /markup/, why: 'HTML named .txt' },
    { name: 'data.txt', bytes: FILES.binary, message: /binary|not UTF-8/, why: 'binary without magic bytes' },
    { name: 'empty.txt', bytes: Buffer.alloc(0), message: /empty/, why: 'an empty file' },
    {
      name: 'big.pdf',
      bytes: Buffer.concat([FILES.pdf, Buffer.alloc(8 * 1024 * 1024)]),
      message: /8\.0 MB.*at most 7\.0 MB/,
      why: '8 MB (over the 7 MB default)',
    },
  ];
  it.each(rejected)('rejects $why with a message naming what it is', async ({ name, bytes, message }) => {
    const result = await attach(api, name, 'invoice', bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('attachment-rejected');
    expect(result.error.message).toMatch(message);
    expect(await attachmentFiles()).toEqual([]);
  });

  it('follows the size setting: a lower limit rejects a file the default allows', async () => {
    const settings = value(await api['replies:settings']({}));
    value(
      await api['replies:set-settings']({
        ...settings,
        compliance: { ...settings.compliance, maxAttachmentBytes: 1024 },
      }),
    );
    const result = await attach(api, 'a.png', 'other', Buffer.concat([FILES.png, Buffer.alloc(2000)]));
    expect(result.ok ? null : result.error.code).toBe('attachment-rejected');
  });

  it('refuses an attachment in a thread with nothing to answer, and leaves no file behind', async () => {
    const result = await attach(api, 'a.pdf', 'invoice', FILES.pdf, 't2');
    expect(result.ok ? null : result.error.code).toBe('draft-conflict');
    expect(await attachmentFiles()).toEqual([]);
  });

  it('refuses data that is not base64', async () => {
    const result = await api['drafts:attach']({
      threadId: 't1',
      filename: 'a.pdf',
      purpose: 'invoice',
      dataBase64: 'JVBER!i0x',
    });
    expect(result.ok ? null : result.error.code).toBe('invalid-request');
  });
});

describe('attachment files', () => {
  it('detach deletes the file after the draft stops referencing it; discard deletes the rest', async () => {
    value(await api['drafts:save'](input()));
    const a = value(await attach(api, 'a.pdf', 'invoice', FILES.pdf));
    const b = value(await attach(api, 'b.png', 'other', FILES.png));
    expect((await attachmentFiles()).sort()).toEqual([a.id, b.id].sort());
    value(await api['drafts:detach']({ threadId: 't1', attachmentId: a.id }));
    expect(await attachmentFiles()).toEqual([b.id]);
    value(await api['drafts:detach']({ threadId: 't1', attachmentId: a.id })); // twice is harmless
    value(await api['drafts:discard']({ threadId: 't1' }));
    expect(await attachmentFiles()).toEqual([]);
    expect(value(await api['drafts:get']({ threadId: 't1' })).draft).toBeNull();
  });

  it('removes orphans (a crash between writing a file and referencing it) at the next open', async () => {
    const a = value(await attach(api, 'a.pdf', 'invoice', FILES.pdf));
    const dir = join(desk.dir, 'drafts', 'attachments');
    await writeFile(join(dir, '00000000-0000-4000-8000-000000000000'), 'orphan');
    await writeFile(join(dir, '.tmp-leftover.tmp'), 'half written');
    const reopened = new DraftBox(desk.dir, { now: () => NOW });
    expect(await reopened.get('t1')).not.toBeNull();
    expect(await attachmentFiles()).toEqual([a.id]);
  });
});

describe('replies:settings', () => {
  it('reads the defaults when nothing or something invalid is saved, and keeps what is set', async () => {
    const defaults = value(await api['replies:settings']({}));
    expect(defaults.compliance.maxAttachmentBytes).toBe(7 * 1024 * 1024);
    await desk.store.updateSettings({ prefs: { replies: { compliance: 'garbage' } } });
    expect(value(await api['replies:settings']({}))).toEqual(defaults);
    value(await api['replies:set-settings']({ ...defaults, averageDailyOrders: 40 }));
    expect(value(await api['replies:settings']({})).averageDailyOrders).toBe(40);
  });
});
