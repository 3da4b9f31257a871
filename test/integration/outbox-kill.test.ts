import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutboxChildConfig } from '../support/outbox-child.js';
import {
  SHOP,
  buildReply,
  countDelivery,
  imapSettings,
  openTestOutbox,
  printLedger,
  seedOriginal,
  smtpSettings,
  startOutboxServers,
  waitForItem,
  type DeliveryCount,
  type OutboxServers,
} from '../support/outbox-harness.js';

// The outbox process SIGKILLed after the SMTP server has the whole message (delivered, and with a
// Gmail-like server filed in Sent) but before the 250 reaches it: the outbox has `sending` on
// disk and never learns the outcome. On restart it must find the reply and not send it again.

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const childScript = fileURLToPath(new URL('../support/outbox-child.ts', import.meta.url));

interface Child {
  lines: string[];
  exited: Promise<void>;
  kill(): Promise<void>;
}

function spawnOutboxChild(config: OutboxChildConfig): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(config)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    lines,
    exited,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

const ledger: DeliveryCount[] = [];
const limitation: DeliveryCount[] = [];

const cases = [
  {
    name: 'killed after DATA, server files Sent copies',
    savesSent: true,
    expected: { toBuyer: 1, inSent: 1, lost: 0 },
    attempts: 1,
    why: 'the restart check finds the reply in Sent: delivered, never resent',
  },
  {
    name: 'killed after DATA, server does not file Sent copies',
    savesSent: false,
    // Known limit, not a goal: nothing on the shop's side records the message, so the check
    // cannot tell "delivered" from "never arrived" and the outbox resends (at least once).
    expected: { toBuyer: 2, inSent: 1, lost: 0 },
    attempts: 2,
    why: 'no trace of the reply on the shop side: resent, the buyer gets it twice',
  },
];

describe('outbox process killed after DATA, before it records success', { timeout: 90_000 }, () => {
  afterAll(() => {
    printLedger('outbox-kill exactly-once ledger (server files Sent)', ledger);
    printLedger('outbox-kill known limitation (server without Sent copies)', limitation);
  });

  it.each(cases)('$name: $why', async ({ name, savesSent, expected, attempts }) => {
    let child: Child | undefined;
    let killed = 0;
    const servers: OutboxServers = await startOutboxServers({
      savesSent,
      onDataReceived: async () => {
        if (!child) return;
        killed += 1;
        const dying = child;
        child = undefined;
        await dying.kill();
      },
    });
    try {
      const tag = name.replace(/\W+/g, '-');
      const original = await seedOriginal(servers.dovecot, tag);
      const reply = buildReply(tag, original);
      const dataDir = await mkdtemp(join(tmpdir(), 'outbox-kill-'));
      child = spawnOutboxChild({
        dataDir,
        smtp: smtpSettings(servers),
        imap: imapSettings(servers.dovecot),
        password: SHOP.password,
        caPem: servers.dovecot.caPem,
        reply: { ...reply, raw: reply.raw.toString('base64') },
      });
      const first = child;
      await first.exited;
      expect(killed).toBe(1);
      expect(first.lines.some((l) => l.endsWith(' sent'))).toBe(false);
      expect(first.lines.some((l) => l.endsWith(' sending'))).toBe(true);

      const t = await openTestOutbox(servers, { dataDir });
      const [queued] = t.outbox.list(null);
      const item = queued && (await waitForItem(t.outbox, queued.id, (i) => i?.state === 'sent'));
      await t.outbox.close();
      expect(item).toMatchObject({ state: 'sent', attempts });
      const row = await countDelivery(servers, name, reply.messageId, item !== undefined);
      (savesSent ? ledger : limitation).push(row);
      expect(row).toMatchObject(expected);
    } finally {
      await child?.kill();
      await servers.stop();
    }
  });
});
