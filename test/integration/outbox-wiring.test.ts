import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../electron/core/core-context.js';
import { EventBus } from '../../electron/core/event-bus.js';
import { createOutbox } from '../../electron/core/outbox/create-outbox.js';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store.js';
import { openStore, type Store } from '../../electron/core/store/index.js';
import {
  SHOP,
  buildReply,
  countDelivery,
  imapSettings,
  printLedger,
  seedOriginal,
  smtpSettings,
  startOutboxServers,
  testRetryPolicy,
  waitForItem,
  type DeliveryCount,
  type OutboxServers,
} from '../support/outbox-harness.js';

// createOutbox as the app wires it: account settings from the store, passwords from the secret
// store (read at each attempt, so a fixed password works on the next retry).

const ledger: DeliveryCount[] = [];

describe('createOutbox with the app context', { timeout: 60_000 }, () => {
  let servers: OutboxServers;
  const stores: Store[] = [];

  beforeAll(async () => {
    servers = await startOutboxServers();
  });
  afterAll(async () => {
    printLedger('outbox-wiring exactly-once ledger', ledger);
    for (const store of stores) await store.close();
    await servers?.stop();
  });

  it.each([
    ['the saved passwords: sent', SHOP.password, 'sent', 'none'],
    ['a wrong SMTP password: failed auth, then sent once the user fixes it', 'nope', 'failed', 'auth'],
  ] as const)('%s', async (name, smtpPassword, firstState, problem) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'outbox-wiring-'));
    const { store, report } = await openStore(dataDir);
    stores.push(store);
    await store.setAccount('default', { imap: imapSettings(servers.dovecot), smtp: smtpSettings(servers) });
    const secrets = new MemorySecretStore({ 'imap-password': SHOP.password, 'smtp-password': smtpPassword });
    const ctx = {
      version: 'test',
      dataDir,
      store,
      storeReport: report,
      secrets,
      clock: { now: () => new Date() },
      bus: new EventBus(),
      sync: null,
    } as unknown as CoreContext; // threads: unused by the outbox
    const answered: string[][] = [];
    const outbox = await createOutbox(ctx, {
      markAnswered: async (ids) => void answered.push(ids),
      restoreDraft: async () => true,
      averageDailyOrders: () => 20,
      retryPolicy: testRetryPolicy,
    });
    const original = await seedOriginal(servers.dovecot, `wiring-${problem}`);
    const reply = buildReply(`wiring-${problem}`, original);
    const queued = await outbox.enqueue(reply);
    const first = await waitForItem(outbox, queued.id, (i) => i?.state === firstState);
    expect(first?.problem?.code ?? 'none').toBe(problem);
    if (firstState === 'failed') {
      await secrets.set('smtp-password', SHOP.password);
      await outbox.retry(queued.id);
    }
    const item = await waitForItem(outbox, queued.id, (i) => i?.state === 'sent');
    const usage = outbox.usage();
    await outbox.close();
    const row = await countDelivery(servers, name, reply.messageId, item !== undefined);
    ledger.push(row);
    expect(item?.state).toBe('sent');
    expect(answered).toEqual([[original]]);
    expect(usage).toEqual({ sentToday: 1, limit: 700, state: 'ok' });
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });
});
