import type { BackoffPolicy } from '../../../shared/domain/backoff.js';
import { accountId, secretKeys, type CoreContext } from '../core-context.js';
import { HelpdeskError } from '../errors.js';
import { imapConnectOptions, loadCaPem } from '../mail/imap-account.js';
import { connectImap, type ImapTimeouts } from '../mail/imap-client.js';
import { Outbox } from './outbox.js';
import type { DraftRestorer } from './outbox-port.js';
import type { CollisionHook } from './outbox-worker.js';
import { createSentFolder } from './sent-folder.js';
import {
  createSmtpSend,
  defaultSmtpTimeouts,
  type SmtpAccount,
  type SmtpTimeouts,
} from './smtp-transport.js';

export interface OutboxDeps {
  /** e.g. `(ids) => triage.act(ids, { kind: 'answered', on: true }).then(() => undefined)`. */
  markAnswered: (storeIds: string[]) => Promise<void>;
  restoreDraft: DraftRestorer;
  /** From the reply settings: the daily limit is 5 × this + 600. */
  averageDailyOrders: () => number;
  /** The collision check; without it nothing is ever held. */
  beforeSend?: CollisionHook;
  utcOffsetMinutes?: (at: Date) => number;
  smtpTimeouts?: Partial<SmtpTimeouts>;
  imapTimeouts?: Partial<ImapTimeouts>;
  retryPolicy?: BackoffPolicy;
}

function account(ctx: CoreContext) {
  const found = ctx.store.getSettings().accounts[accountId];
  if (!found) throw new HelpdeskError('invalid-request', 'No mail account is set up');
  return found;
}

/**
 * The outbox wired to the app: SMTP and IMAP settings are read at every attempt (a password the
 * user just fixed is used by the next retry), the sync service tells it when the network is gone
 * and back, and a sync after each send brings the reply into Sent and the metrics.
 */
export function createOutbox(ctx: CoreContext, deps: OutboxDeps): Promise<Outbox> {
  const smtpAccount = async (): Promise<SmtpAccount> => {
    const { smtp } = account(ctx);
    return {
      server: smtp,
      password: await ctx.secrets.get(secretKeys.smtp),
      caPem: await loadCaPem(smtp.caFile),
    };
  };
  const imap = async () => {
    const { imap: server } = account(ctx);
    return connectImap(
      await imapConnectOptions(server, await ctx.secrets.get(secretKeys.imap), deps.imapTimeouts),
    );
  };
  return Outbox.open({
    dataDir: ctx.dataDir,
    clock: ctx.clock,
    bus: ctx.bus,
    send: createSmtpSend(smtpAccount, { ...defaultSmtpTimeouts, ...deps.smtpTimeouts }),
    sentFolder: createSentFolder(imap),
    markAnswered: deps.markAnswered,
    restoreDraft: deps.restoreDraft,
    averageDailyOrders: deps.averageDailyOrders,
    beforeSend: deps.beforeSend,
    isOffline: () => ctx.sync?.status.state === 'offline',
    requestSync: () => void ctx.sync?.syncNow().catch(() => undefined),
    utcOffsetMinutes: deps.utcOffsetMinutes,
    retryPolicy: deps.retryPolicy,
  });
}
