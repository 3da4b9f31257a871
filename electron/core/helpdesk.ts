import { join } from 'node:path';
import type { CoreApi, HelpdeskEventSource } from '../../shared/api/types.js';
import { ok } from '../../shared/api/result.js';
import { accountHandlers } from './api/account-handlers.js';
import { deskAccountTestHandlers } from './api/desk-account-test.js';
import { deskDemoHandlers } from './api/desk-demo.js';
import { deskSearchHandlers } from './api/desk-search.js';
import { deskSourceHandlers } from './api/desk-source.js';
import { deskViewHandlers } from './api/desk-views.js';
import { messageHandlers } from './api/message-handlers.js';
import { syncHandlers } from './api/sync-handlers.js';
import { accountId, secretKeys, type Clock, type CoreContext } from './core-context.js';
import { EventBus } from './event-bus.js';
import { imapConnectOptions } from './mail/imap-account.js';
import { readAttachment, type AttachmentContent } from './mail/attachment-content.js';
import type { SecretStore } from './secrets/secret-store.js';
import { storeMode } from './demo/store-mode.js';
import { INDEX_FILE } from './search/index-file.js';
import { SEARCH_IDLE_START_MS, SEARCH_START_DELAY_MS, SearchIndex } from './search/search-index.js';
import { ViewIndex } from './search/view-index.js';
import { openStore } from './store/index.js';
import { createSyncService } from './sync-factory.js';
import { ThreadKeeper } from './mail/thread-keeper.js';
import { triageHandlers } from './api/triage-handlers.js';
import { QueueIndex } from './triage/queue-index.js';
import { TriageKeeper } from './triage/triage-keeper.js';
import { TriageModel } from './triage/triage-model.js';
import { TriageService } from './triage/triage-service.js';
import { outboxHandlers } from './api/outbox-handlers.js';
import { replyHandlers } from './api/reply-handlers.js';
import { AutoAcknowledger } from './outbox/auto-ack.js';
import { createCollisionCheck } from './outbox/collision-check.js';
import { createOutbox } from './outbox/create-outbox.js';
import { composeCheckedAutoAck } from './replies/checked-auto-ack.js';
import { DraftBox } from './replies/draft-box.js';
import { readReplySettings } from './replies/reply-settings-store.js';
import { templateHandlers } from './api/template-handlers.js';
import { openTemplateLibrary } from './templates/open-template-library.js';

export type { Clock } from './core-context.js';

export interface HelpdeskOptions {
  dataDir: string;
  secrets: SecretStore;
  clock: Clock;
  version?: string;
  /** Keep a live connection (IDLE, reconnect). The app does; tests and the CLI sync on demand. */
  liveSync?: boolean;
}

/** The contract minus the calls only Electron can answer (main adds them: open-external.ts). */
export type Helpdesk = CoreApi & {
  events: HelpdeskEventSource;
  close(): Promise<void>;
  /** Not a contract call: main's shell:save-attachment reads the bytes here (save-attachment.ts). */
  attachment(id: string, index: number): Promise<AttachmentContent>;
};

export type { AttachmentContent } from './mail/attachment-content.js';

/**
 * The composition root: opens the store, wires sync and events, and returns the object whose
 * methods ARE the contract (electron/main binds it to IPC; the e2e harness to Chromium).
 */
export async function openHelpdesk(options: HelpdeskOptions): Promise<Helpdesk> {
  const { store, report } = await openStore(options.dataDir, { now: () => options.clock.now() });
  const ctx: CoreContext = {
    version: options.version ?? '0.1.0',
    dataDir: options.dataDir,
    store,
    storeReport: report,
    secrets: options.secrets,
    clock: options.clock,
    bus: new EventBus(),
    threads: new ThreadKeeper(store),
    sync: null,
  };

  const rebuildSync = async (): Promise<void> => {
    await ctx.sync?.stop();
    ctx.sync = null;
    const account = store.getSettings().accounts[accountId];
    if (!account) return;
    ctx.sync = createSyncService({
      store,
      threads: ctx.threads,
      clock: ctx.clock,
      bus: ctx.bus,
      connectOptions: async () => imapConnectOptions(account.imap, await ctx.secrets.get(secretKeys.imap)),
    });
    if (options.liveSync) ctx.sync.start();
  };
  await rebuildSync();

  // The desk's derived indexes follow the store through the one change event.
  const queue = new QueueIndex();
  // The first screen is Needs reply: its partition and ranking are built right after open, while
  // the window loads (at 100,000 messages that is ~0.5 s the first request would otherwise wait).
  const views = new ViewIndex(store, (snapshot) => {
    const needsReply = snapshot.lists['needs-reply'];
    queue.prepare(needsReply);
    // The ranking in a turn of its own (see ViewIndex.warmSoon); unref: never holds up a close.
    setTimeout(() => queue.size(needsReply, ctx.clock.now().getTime()), 0).unref();
  });
  views.warmSoon();
  const search = new SearchIndex(store, { file: join(ctx.dataDir, INDEX_FILE) });
  // Indexing starts once the first screen has had its turn; a query before that starts it at once.
  search.startIn(SEARCH_IDLE_START_MS);
  // The window's first list request moves the start to shortly after it.
  let firstScreenServed = false;
  const onUserRequest = (): void => {
    search.noteActivity();
    if (firstScreenServed) return;
    firstScreenServed = true;
    search.startIn(SEARCH_START_DELAY_MS);
  };
  const model = new TriageModel(store.listCorrections());
  const keeper = new TriageKeeper(store, model, {
    onClassified: (ids) => ctx.bus.emit('messages:changed', { ids }),
  });
  const triage = new TriageService(ctx, model, keeper, () =>
    views.get().lists['needs-reply'].map((m) => m.id),
  );
  ctx.bus.on('messages:changed', ({ ids }) => {
    views.refreshSoon();
    search.markChanged(ids);
    // New mail (a sync, the demo) arrives with ids []; the keeper's own events name what it judged.
    if (ids.length === 0) void keeper.run().catch(() => undefined);
  });
  void keeper.run().catch(() => undefined); // a store from before triage, or mail from last session

  // Replies (issue 5): drafts -> compliance -> outbox. The outbox reads the account at every
  // attempt, so it is built once, not per account like the sync service.
  const drafts = new DraftBox(ctx.dataDir, { now: () => ctx.clock.now() });
  const outbox = await createOutbox(ctx, {
    markAnswered: (ids) => triage.act(ids, { kind: 'answered', on: true }).then(() => undefined),
    restoreDraft: drafts.restore,
    averageDailyOrders: () => readReplySettings(store).averageDailyOrders,
    beforeSend: createCollisionCheck(ctx),
  });
  const acker = await AutoAcknowledger.open({
    store,
    clock: ctx.clock,
    dataDir: ctx.dataDir,
    bus: ctx.bus,
    port: outbox,
    compose: (meta, body) => composeCheckedAutoAck(ctx, meta, body),
  });
  const replies = replyHandlers(ctx, { outbox, drafts });
  const library = await openTemplateLibrary(ctx);

  return {
    'app:info': async () =>
      ok({
        version: ctx.version,
        dataDir: ctx.dataDir,
        storeReport: ctx.storeReport,
        mode: storeMode(store.getSettings().accounts[accountId] !== undefined, store),
      }),
    ...accountHandlers(ctx, rebuildSync),
    ...syncHandlers(ctx),
    ...messageHandlers(ctx),
    ...deskViewHandlers(ctx, views, queue, onUserRequest),
    ...triageHandlers(ctx, triage),
    ...deskSourceHandlers(ctx),
    ...deskSearchHandlers(search),
    ...deskAccountTestHandlers(),
    ...deskDemoHandlers(ctx),
    ...replies,
    'replies:set-settings': async (settings) => {
      const result = await replies['replies:set-settings'](settings);
      // Switching the acknowledgement on starts its clock now, not at the next sync.
      if (result.ok) await acker.settingsChanged();
      return result;
    },
    ...outboxHandlers(ctx, outbox),
    ...templateHandlers(ctx, library),
    events: ctx.bus,
    attachment: (id, index) => readAttachment(store, id, index),
    close: async () => {
      await acker.close();
      await outbox.close();
      await drafts.close();
      await library.close();
      keeper.close();
      await keeper.idle();
      await search.close();
      views.close();
      await ctx.sync?.stop();
      await store.close();
    },
  };
}
