import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakes, open, record, seedDoc, tempDir, until } from './outbox-fakes.js';

// What a restart does with each state a killed process can leave on disk: the reply is never
// sent twice when the server has it, never sent while the server cannot be asked.

describe('restart after a crash', () => {
  it.each([
    ['killed while sending, reply found in Sent: not resent', 'sending', 'sent', false, 0, 'sent'],
    ['killed while sending, copy found in INBOX: not resent', 'sending', 'inbox', false, 0, 'sent'],
    ['killed while sending, nowhere on the server: resent once', 'sending', null, false, 1, 'sent'],
    ['killed after the 250 was saved: only finished', 'delivered', null, false, 0, 'sent'],
    ['killed while queued: sent once', 'queued', null, false, 1, 'sent'],
    ['killed while sending, IMAP down: no send, keeps checking', 'sending', null, true, 0, 'checking'],
    ['killed while checking, IMAP down: no send', 'checking', 'sent', true, 0, 'checking'],
  ] as const)('%s', async (_why, phase, onServer, imapDown, sends, final) => {
    const dataDir = await tempDir();
    const seeded = record(phase, `crash-${phase}-${String(onServer)}-${imapDown}`);
    await seedDoc(dataDir, [seeded]);
    const f = fakes();
    f.imapDown = imapDown;
    if (onServer) f.onServer.set(seeded.messageId, onServer);
    const outbox = await open(dataDir, f);
    const item = await until(outbox, seeded.id, (i) => i?.state === 'sent');
    await outbox.close();
    expect(item?.state).toBe(final);
    expect(f.sends).toHaveLength(sends);
    // Whatever the way to `sent`, the Sent copy was ensured and the original marked answered.
    if (final === 'sent')
      expect({ copies: f.copies, answered: f.answered }).toEqual({
        copies: [seeded.messageId],
        answered: [seeded.inReplyTo],
      });
  });

  it.each([
    ['an .eml whose item was never saved (crash inside enqueue)', 'orphan.eml', false],
    ['a half-written temp file', '.x.eml.tmp', false],
    ['an item’s own .eml', 'id-kept.eml', true],
  ])('on open removes %s', async (_why, file, kept) => {
    const dataDir = await tempDir();
    await seedDoc(dataDir, [{ ...record('failed', 'kept'), rawFile: 'id-kept.eml' }]);
    await writeFile(join(dataDir, 'outbox', file), 'x');
    const outbox = await open(dataDir, fakes());
    await outbox.close();
    expect((await readdir(join(dataDir, 'outbox'))).includes(file)).toBe(kept);
  });
});
