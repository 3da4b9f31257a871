import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBus } from '../../../../../electron/core/event-bus.js';
import { Outbox } from '../../../../../electron/core/outbox/outbox.js';
import type { OutgoingReply } from '../../../../../electron/core/outbox/outbox-port.js';
import type { OutboxRecord } from '../../../../../electron/core/outbox/outbox-record.js';
import type { CollisionHook } from '../../../../../electron/core/outbox/outbox-worker.js';
import type { SentFolder } from '../../../../../electron/core/outbox/sent-folder.js';
import type { SendResult, SmtpSend } from '../../../../../electron/core/outbox/smtp-transport.js';
import { STORE_SCHEMA_VERSION } from '../../../../../electron/core/store/documents.js';
import type { OutboxItemView } from '../../../../../shared/api/schemas/outbox.js';
import { initialState, type OutboxPhase } from '../../../../../shared/domain/outbox/outbox-machine.js';

// The outbox with fake SMTP and IMAP, for the unit tests: every send, Sent copy, answered mark
// and restored draft is recorded; `onServer` and `imapDown` say what the fake IMAP answers.

export interface Fakes {
  sends: string[];
  copies: string[];
  answered: string[];
  restored: Array<{ threadId: string }>;
  onServer: Map<string, 'sent' | 'inbox'>;
  imapDown: boolean;
}

export function fakes(): Fakes {
  return { sends: [], copies: [], answered: [], restored: [], onServer: new Map(), imapDown: false };
}

export const ok: SendResult = { ok: true, response: '250 OK' };

export async function open(
  dataDir: string,
  f: Fakes,
  opts: {
    offline?: () => boolean;
    result?: () => SendResult;
    now?: () => Date;
    beforeSend?: CollisionHook;
    bus?: EventBus;
    policy?: { baseMs: number; capMs: number; jitter: number };
  } = {},
): Promise<Outbox> {
  const send: SmtpSend = async (m) => {
    const id = /Message-ID: <([^>]+)>/.exec(m.raw.toString())?.[1] ?? '?';
    f.sends.push(id);
    return opts.result?.() ?? ok;
  };
  const sentFolder: SentFolder = {
    find: async (id) => {
      if (f.imapDown) throw new Error('connect ECONNREFUSED');
      return f.onServer.get(id) ?? null;
    },
    ensureCopy: async (id) => {
      if (f.imapDown) throw new Error('connect ECONNREFUSED');
      f.copies.push(id);
      return 'appended';
    },
  };
  return Outbox.open({
    dataDir,
    clock: { now: opts.now ?? (() => new Date()) },
    bus: opts.bus ?? new EventBus(),
    send,
    sentFolder,
    markAnswered: async (ids) => void f.answered.push(...ids),
    restoreDraft: async (threadId) => {
      f.restored.push({ threadId });
      return true;
    },
    averageDailyOrders: () => 0,
    isOffline: opts.offline ?? (() => false),
    beforeSend: opts.beforeSend,
    utcOffsetMinutes: () => 0,
    retryPolicy: opts.policy ?? { baseMs: 20, capMs: 100, jitter: 0 },
  });
}

let n = 0;
export function reply(tag = `r${++n}`): OutgoingReply {
  const messageId = `${tag}@shop.example`;
  return {
    kind: 'reply',
    messageId,
    raw: Buffer.from(`Message-ID: <${messageId}>\r\nSubject: Re: ${tag}\r\n\r\nBody ${tag}\r\n`),
    envelope: { from: 'shop@example.com', to: ['buyer@marketplace.example'] },
    to: 'buyer@marketplace.example',
    subject: `Re: ${tag}`,
    snippet: 'Body',
    threadId: `thread-${tag}`,
    inReplyTo: `orig-${tag}`,
    draftStartedAt: '2026-11-22T09:00:00.000Z',
    draft: { text: `Body ${tag}` },
  };
}

export async function until(outbox: Outbox, id: string, check: (i: OutboxItemView | undefined) => boolean) {
  for (let i = 0; i < 300; i++) {
    const item = outbox.list(null).find((x) => x.id === id);
    if (check(item)) return item;
    await new Promise((r) => setTimeout(r, 10));
  }
  return outbox.list(null).find((x) => x.id === id);
}

/** Writes an outbox as a crashed process would have left it. */
export async function seedDoc(
  dataDir: string,
  items: OutboxRecord[],
  sentPerDay: Record<string, number> = {},
) {
  const dir = join(dataDir, 'outbox');
  await mkdir(dir, { recursive: true });
  for (const r of items) await writeFile(join(dir, r.rawFile), `Message-ID: <${r.messageId}>\r\n\r\nhi\r\n`);
  await writeFile(join(dir, 'outbox.json'), JSON.stringify({ v: STORE_SCHEMA_VERSION, items, sentPerDay }));
}

export function record(phase: OutboxPhase, tag: string): OutboxRecord {
  const r = reply(tag);
  return {
    ...initialState(),
    phase,
    attempts: phase === 'queued' ? 0 : 1,
    sentAt: phase === 'delivered' ? '2026-11-22T09:30:00.000Z' : null,
    id: `id-${tag}`,
    kind: r.kind,
    messageId: r.messageId,
    envelope: r.envelope,
    to: r.to,
    subject: r.subject,
    snippet: r.snippet,
    threadId: r.threadId,
    inReplyTo: r.inReplyTo,
    draftStartedAt: r.draftStartedAt,
    draft: r.draft,
    createdAt: '2026-11-22T09:10:00.000Z',
    rawFile: `id-${tag}.eml`,
  };
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'outbox-unit-'));
