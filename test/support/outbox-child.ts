/**
 * An outbox in its own process, for the kill test: opens the outbox of `dataDir` against the
 * given servers, enqueues one reply and reports each state change on stdout, one line each:
 *   enqueued <id>          the reply is durable in the outbox
 *   state <id> <state>     the item changed (queued, sending, checking, sent, ...)
 * The test SIGKILLs it at the moment of its choosing (from the SMTP server's DATA callback).
 * Run: node --import tsx test/support/outbox-child.ts '<OutboxChildConfig as JSON>'
 */
import { EventBus } from '../../electron/core/event-bus.js';
import { imapConnectOptions } from '../../electron/core/mail/imap-account.js';
import { connectImap } from '../../electron/core/mail/imap-client.js';
import { Outbox } from '../../electron/core/outbox/outbox.js';
import { createSentFolder } from '../../electron/core/outbox/sent-folder.js';
import { createSmtpSend } from '../../electron/core/outbox/smtp-transport.js';
import type { ServerSettings } from '../../shared/domain/account.js';
import type { OutgoingReply } from '../../electron/core/outbox/outbox-port.js';

export interface OutboxChildConfig {
  dataDir: string;
  smtp: ServerSettings;
  imap: ServerSettings;
  password: string;
  caPem: string;
  reply: Omit<OutgoingReply, 'raw'> & { raw: string };
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(config: OutboxChildConfig): Promise<void> {
  const bus = new EventBus();
  const outbox = await Outbox.open({
    dataDir: config.dataDir,
    clock: { now: () => new Date() },
    bus,
    send: createSmtpSend(async () => ({
      server: config.smtp,
      password: config.password,
      caPem: config.caPem,
    })),
    sentFolder: createSentFolder(async () =>
      connectImap(await imapConnectOptions(config.imap, config.password)),
    ),
    markAnswered: () => Promise.resolve(),
    restoreDraft: () => Promise.resolve(true),
    averageDailyOrders: () => 10,
  });
  bus.on('outbox:changed', ({ ids }) => {
    for (const item of outbox.list(null).filter((i) => ids.includes(i.id)))
      say(`state ${item.id} ${item.state}`);
  });
  const item = await outbox.enqueue({ ...config.reply, raw: Buffer.from(config.reply.raw, 'base64') });
  say(`enqueued ${item.id}`);
}

const arg = process.argv[2];
if (arg !== undefined && process.argv[1]?.endsWith('outbox-child.ts')) {
  void main(JSON.parse(arg) as OutboxChildConfig).catch((error: unknown) => {
    say(`error ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
