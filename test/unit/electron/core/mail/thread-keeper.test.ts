import { describe, expect, it } from 'vitest';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { ThreadKeeper, type ThreadStore } from '../../../../../electron/core/mail/thread-keeper.js';

function meta(id: string, over: Partial<MessageMeta>): MessageMeta {
  return {
    id,
    mailbox: 'inbox',
    mailboxPath: 'INBOX',
    uid: Number(id.split(':').pop()),
    uidValidity: '1',
    messageId: null,
    inReplyTo: null,
    references: [],
    date: '2026-11-01T00:00:00.000Z',
    internalDate: '2026-11-01T00:00:00.000Z',
    from: null,
    to: [],
    subject: 's',
    snippet: '',
    language: 'ja',
    orderIds: [],
    buyer: null,
    automated: 'none',
    attachments: [],
    hasHtml: false,
    flags: [],
    modseq: null,
    size: 1,
    threadId: id,
    parseError: null,
    charset: null,
    sha256: id,
    expungedAt: null,
    triage: null,
    downloaded: 'whole',
    ...over,
  };
}

/** An in-memory store recording every relabel write. */
function fakeStore(initial: MessageMeta[]) {
  const byId = new Map(initial.map((m) => [m.id, m]));
  const writes: Array<Array<{ id: string; threadId: string }>> = [];
  const store: ThreadStore = {
    listMessages: () => [...byId.values()],
    getMessage: (id) => byId.get(id) ?? null,
    setThreadIds: async (changes) => {
      writes.push([...changes]);
      for (const c of changes) {
        const m = byId.get(c.id);
        if (m) byId.set(c.id, { ...m, threadId: c.threadId });
      }
    },
  };
  return { store, byId, writes };
}

const at = (h: number): string => new Date(Date.UTC(2026, 10, 1, h)).toISOString();

describe('ThreadKeeper', () => {
  it('relabels the messages of a thread a late parent absorbed, and only those', async () => {
    // Two buyer replies arrive before the question they both answer; an unrelated mail is there too.
    const replyA = meta('inbox:1:2', { messageId: 'a@x', inReplyTo: 'q@x', date: at(2) });
    const replyB = meta('inbox:1:3', { messageId: 'b@x', inReplyTo: 'q@x', date: at(3) });
    const other = meta('inbox:1:9', { messageId: 'o@x', date: at(1), subject: 'other' });
    const { store, byId, writes } = fakeStore([replyA, replyB, other]);
    const keeper = new ThreadKeeper(store);
    const question = meta('inbox:1:1', { messageId: 'q@x', date: at(0) });
    question.threadId = keeper.assign(question);
    byId.set(question.id, question);
    await keeper.commit();
    expect(question.threadId).toBe('inbox:1:1');
    expect(byId.get(replyA.id)?.threadId).toBe('inbox:1:1');
    expect(byId.get(replyB.id)?.threadId).toBe('inbox:1:1');
    expect(
      writes
        .flat()
        .map((c) => c.id)
        .sort(),
    ).toEqual([replyA.id, replyB.id].sort());
  });

  it('skips a message that was assigned but never stored (a batch abandoned by a failed sync)', async () => {
    const reply = meta('inbox:1:2', { messageId: 'a@x', inReplyTo: 'q@x', date: at(2) });
    const { store, writes } = fakeStore([]);
    const keeper = new ThreadKeeper(store);
    keeper.assign(reply); // never written to the store
    const question = meta('inbox:1:1', { messageId: 'q@x', date: at(0) });
    keeper.assign(question);
    await expect(keeper.commit()).resolves.toBeUndefined();
    expect(writes).toEqual([]);
  });

  it('heals stored thread ids that disagree with a rebuild (an interrupted relabel), once', async () => {
    const question = meta('inbox:1:1', { messageId: 'q@x', date: at(0) });
    const reply = meta('inbox:1:2', {
      messageId: 'a@x',
      inReplyTo: 'q@x',
      date: at(1),
      threadId: 'inbox:1:2',
    });
    const { store, byId, writes } = fakeStore([question, reply]);
    const keeper = new ThreadKeeper(store);
    keeper.assign(meta('inbox:1:5', { messageId: 'n@x', date: at(5), subject: 'new' }));
    await keeper.commit();
    await keeper.commit();
    expect(byId.get(reply.id)?.threadId).toBe('inbox:1:1');
    expect(writes).toEqual([[{ id: reply.id, threadId: 'inbox:1:1' }]]);
  });
});
