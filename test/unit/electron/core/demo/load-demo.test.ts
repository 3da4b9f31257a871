import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SAMPLES } from '../../../../../electron/core/demo/samples/index.js';
import { demoMessageId, type DemoSample } from '../../../../../electron/core/demo/demo-sample.js';
import { openHelpdesk, type Helpdesk } from '../../../../../electron/core/helpdesk.js';
import { MemorySecretStore } from '../../../../../electron/core/secrets/memory-secret-store.js';
import { dispatchCall } from '../../../../../shared/api/dispatch.js';
import { withShellCalls } from '../../../../../electron/main/open-external.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';

const NOW = new Date('2024-06-10T03:00:00.000Z');
let dir = '';
let desk: Helpdesk;
let metas: MessageMeta[] = [];

async function call<T>(channel: string, req: unknown): Promise<T> {
  // dispatchCall takes the whole contract; main's shell calls are added as the app does, inert here.
  const api = withShellCalls(desk, {
    openExternal: async () => undefined,
    chooseSavePath: async () => null,
    writeFile: async () => undefined,
  });
  const result = await dispatchCall(api, channel, req);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const byKey = (key: string): MessageMeta => {
  const meta = metas.find((m) => m.messageId === demoMessageId(key));
  if (!meta) throw new Error(`no demo message ${key}`);
  return meta;
};
const sample = (key: string): DemoSample => DEMO_SAMPLES.find((s) => s.key === key) as DemoSample;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'demo-test-'));
  desk = await openHelpdesk({ dataDir: dir, secrets: new MemorySecretStore(), clock: { now: () => NOW } });
  expect(await call('app:info', {})).toMatchObject({ mode: 'empty' });
  expect(await call('demo:load', {})).toEqual({ messages: DEMO_SAMPLES.length });
  const inbox = await call<{ items: MessageMeta[] }>('messages:list', { view: 'all', limit: 500 });
  const sent = await call<{ items: MessageMeta[] }>('messages:list', { view: 'sent', limit: 500 });
  const ids = [...inbox.items, ...sent.items].map((m) => m.id);
  metas = await Promise.all(
    ids.map(async (id) => (await call<{ meta: MessageMeta }>('messages:get', { id })).meta),
  );
});

afterAll(async () => {
  await desk.close();
  await rm(dir, { recursive: true, force: true });
});

describe('demo mailbox contents', () => {
  it('ships about forty messages', () => {
    expect(DEMO_SAMPLES.length).toBeGreaterThanOrEqual(36);
    expect(metas).toHaveLength(DEMO_SAMPLES.length);
  });

  // [language, kind, at least, why]
  it.each<[string, string, number]>(
    ['ja', 'zh', 'ko', 'en'].flatMap((lang) =>
      ['inquiry', 'complaint', 'thanks', 'spam'].map((kind): [string, string, number] => [lang, kind, 1]),
    ),
  )('%s %s: at least %i buyer message', (language, kind, least) => {
    const count = DEMO_SAMPLES.filter((s) => s.language === language && s.kind === kind).length;
    expect(count).toBeGreaterThanOrEqual(least);
  });

  it.each(DEMO_SAMPLES.map((s) => [s.key, s] as const))('%s: language detected as written', (key, s) => {
    if (s.kind === 'notice') return; // notices are checked for their sender below
    expect(byKey(key).language).toBe(s.language);
  });
});

// [key, charset the parser reports (WHATWG supersets: GBK/GB2312 -> gb18030, Latin-1 -> windows-1252),
//  a decoded fragment, why]
const charsets: [string, string, string, string][] = [
  ['ja-tanaka-colour', 'iso-2022-jp', '注染手ぬぐい 桜柄', 'ISO-2022-JP body and subject'],
  ['ja-sato-broken', 'shift_jis', '持ち手が取れており', 'Shift_JIS'],
  ['zh-wang-voltage', 'gb18030', '220V电压', 'GB18030'],
  ['zh-liu-missing', 'gb18030', '少了一个分隔板', 'GBK label'],
  ['zh-zhao-size', 'gb18030', '腰围大约七十厘米', 'GB2312 label'],
  ['zh-lin-refund', 'big5', '傘骨就斷了', 'Big5 traditional Chinese'],
  ['ko-lee-defect', 'euc-kr', '전원이 전혀 켜지지 않습니다', 'EUC-KR'],
  ['en-jones-late', 'windows-1252', '£34.50', 'Latin-1 pound sign'],
];

async function bodyText(key: string): Promise<string> {
  const { body } = await call<{ body: { text: string } }>('messages:get', { id: byKey(key).id });
  return body.text;
}

describe('bodies as the message view gets them (messages:get)', () => {
  // The stored body of a text + HTML message holds the text only; the core decodes the HTML
  // from the raw source when the message is opened (viewable-body.ts).
  const withHtml = DEMO_SAMPLES.filter((s) => s.html !== undefined).map((s) => s.key);
  it.each(withHtml)('%s comes with its HTML as well as its text', async (key) => {
    const { meta, body } = await call<{ meta: MessageMeta; body: { text: string; html: string | null } }>(
      'messages:get',
      { id: byKey(key).id },
    );
    expect(meta.hasHtml).toBe(true);
    // The demo writes its parts with CRLF line ends, as mail has them.
    expect(body.html?.replaceAll('\r\n', '\n')).toBe(sample(key).html);
    expect(body.text).toContain('Triple your sales this summer!');
  });

  it('a text-only message has no HTML', async () => {
    const key = DEMO_SAMPLES.find((s) => s.html === undefined)?.key ?? '';
    const { body } = await call<{ body: { html: string | null } }>('messages:get', { id: byKey(key).id });
    expect(body.html).toBeNull();
  });
});

describe('legacy charsets decode right', () => {
  it.each(charsets)('%s (%s) contains %j: %s', async (key, charset, fragment) => {
    const meta = byKey(key);
    expect(meta.subject).toBe(sample(key).subject);
    expect(meta.charset?.toLowerCase().replace('shift-jis', 'shift_jis')).toBe(charset);
    expect(await bodyText(key)).toContain(fragment);
  });

  // Node 20's TextDecoder('windows-1252') decodes like Latin-1 (0x92 → U+0092, not ’): the
  // MIME layer decodes windows-1252 with iconv-lite instead.
  it('windows-1252 curly quote and dash (en-walker-damaged)', async () => {
    expect(await bodyText('en-walker-damaged')).toContain('I’ve attached');
  });
});

describe('demo metadata', () => {
  // [key, automated, why]
  it.each<[string, string, string]>([
    ['notice-jp-order', 'marketplace-notice', 'auto-confirm@amazon.co.jp'],
    ['notice-us-sold', 'marketplace-notice', 'Sold, ship now'],
    ['notice-jp-shipped', 'marketplace-notice', 'ship-confirm'],
    ['notice-jp-policy', 'marketplace-notice', 'policy notice'],
    ['notice-optout-bounce', 'bounce', 'opt-out bounce'],
    ['ja-sato-broken', 'none', 'a buyer'],
    ['en-spam-newsletter', 'none', 'spam is not automated; it is flagged'],
  ])('%s is %s (%s)', (key, automated) => {
    expect(byKey(key).automated).toBe(automated);
  });

  it('follow-ups share their thread; our replies join the buyer thread', () => {
    expect(byKey('ja-sato-broken-followup').threadId).toBe(byKey('ja-sato-broken').threadId);
    expect(byKey('ja-suzuki-delivery-followup').threadId).toBe(byKey('ja-suzuki-delivery').threadId);
    expect(byKey('ja-suzuki-delivery-reply').threadId).toBe(byKey('ja-suzuki-delivery').threadId);
  });

  it('order IDs and relay buyers are extracted', () => {
    expect(byKey('ja-sato-broken').orderIds).toEqual(['250-7702931-4418806']);
    expect(byKey('ja-sato-broken').buyer).toEqual({
      address: 't969vz2jn3bdsy7@marketplace.amazon.co.jp',
      name: '佐藤 美咲',
    });
  });

  it('one buyer thread is overdue (> 24 h), still needs a reply, and heads the queue', async () => {
    const { items } = await call<{
      items: Array<MessageMeta & { queue?: { countdown: string; messageIds: string[] } }>;
    }>('messages:list', { view: 'needs-reply', limit: 500 });
    const overdue = items.filter((m) => m.queue?.countdown === 'overdue');
    // Its clock runs from the oldest open message; a later follow-up joins the same item.
    expect(overdue.map((m) => m.queue?.messageIds[0])).toEqual([byKey('ja-sato-broken').id]);
    expect(items[0]?.queue?.messageIds[0]).toBe(byKey('ja-sato-broken').id);
    expect(items.map((m) => m.id)).toContain(byKey('ja-suzuki-delivery-followup').id);
    expect(items.map((m) => m.id)).not.toContain(byKey('ja-suzuki-delivery').id);
  });

  it('every view has something to show', async () => {
    const counts = await call<Record<string, number>>('messages:counts', {});
    for (const value of Object.values(counts)) expect(value).toBeGreaterThan(0);
    expect(counts['spam']).toBe(DEMO_SAMPLES.filter((s) => s.kind === 'spam').length);
    expect(counts['sent']).toBe(DEMO_SAMPLES.filter((s) => s.mailbox === 'sent').length);
  });

  it('the thread call returns the thread in order and the buyer history', async () => {
    const { messages, buyerHistory } = await call<{
      messages: MessageMeta[];
      buyerHistory: Array<{ subject: string; count: number }>;
    }>('messages:thread', { id: byKey('ja-sato-broken-followup').id });
    expect(messages.map((m) => m.messageId)).toEqual(
      ['ja-sato-broken', 'ja-sato-broken-followup'].map(demoMessageId),
    );
    expect(buyerHistory).toMatchObject([{ subject: '保温ボトルの容量について', count: 2 }]);
  });

  it('search finds 破損 in the Shift_JIS complaint and an order ID', async () => {
    const broken = await call<{ items: Array<{ id: string }> }>('search:query', { q: '破損' });
    expect(broken.items.map((i) => i.id)).toContain(byKey('ja-sato-broken').id);
    const order = await call<{ items: Array<{ id: string }> }>('search:query', { q: '112-3079184-6620395' });
    expect(order.items.map((i) => i.id)).toEqual([byKey('zh-liu-missing').id]);
  });

  it('raw source and re-decode work on a legacy message', async () => {
    const id = byKey('ja-tanaka-colour').id;
    const raw = await call<{ source: string; truncated: boolean }>('messages:raw', { id });
    expect(raw.source).toContain('charset=ISO-2022-JP');
    expect(raw.truncated).toBe(false);
    const wrong = await call<{ text: string }>('messages:redecode', { id, charset: 'iso-8859-1' });
    expect(wrong.text).not.toContain('注染手ぬぐい');
    const right = await call<{ text: string }>('messages:redecode', { id, charset: 'iso-2022-jp' });
    expect(right.text).toContain('注染手ぬぐい');
  });

  it('says the store is the demo, and loading twice adds nothing', async () => {
    expect(await call('app:info', {})).toMatchObject({ mode: 'demo' });
    expect(await call('demo:load', {})).toEqual({ messages: DEMO_SAMPLES.length });
    expect((await call<{ total: number }>('messages:list', { view: 'all' })).total).toBe(metas.length - 6);
  });
});
