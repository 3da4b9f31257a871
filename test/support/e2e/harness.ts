import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Result } from '../../../shared/api/result.js';
import type { CallName, HelpdeskBridge, Req, Res } from '../../../shared/api/types.js';
import type { AccountSettings, ServerSettings } from '../../../shared/domain/account.js';
import { openHelpdesk, type Clock, type Helpdesk } from '../../../electron/core/helpdesk.js';
import { MemorySecretStore } from '../../../electron/core/secrets/memory-secret-store.js';
import type { DovecotInstance } from '../dovecot.js';
import { launchBrowser, type DeskLocale } from './browser.js';
import { bindCore, type ForwardedEvent, type SavedFile } from './bridge.js';
import { ensureRendererBuilt, repoRoot } from './renderer-build.js';
import { serveStatic } from './static-server.js';

/*
 * The desk in a browser: the built renderer served on 127.0.0.1, opened in Debian's Chromium,
 * with the REAL core (openHelpdesk on a temp data dir, secrets in memory) bound to
 * window.helpdesk through main's own bindContract/forwardEvents (see bridge.ts).
 *
 *   beforeAll(async () => { desk = await startDesk({ locale: 'ja' }); }, DESK_START_TIMEOUT);
 *   await desk.page.getByTestId('app-version').waitFor();   // Playwright auto-waits
 *   expect(desk.requests.every((u) => u.startsWith(desk.origin))).toBe(true);
 *   await desk.screenshot('inbox-ja');                      // test-results/screens/inbox-ja.png
 *   await desk.close();                                      // in afterAll
 *
 * A Dovecot-backed account (test/support/dovecot.ts), three ways:
 *   1. Ready at load:   const dovecot = await startDovecot();
 *                       const desk = await startDesk({ dovecot });        // user 'seller'
 *                       await desk.core['sync:run']({});                   // or let the UI sync
 *   2. Through the UI:  startDesk() with no account, then fill the setup form with
 *                       dovecotAccount(dovecot) values (host 127.0.0.1, imapPort, STARTTLS,
 *                       caFile) and the password dovecot.user('seller').password.
 *   3. Through the page's bridge, exactly what the UI would send (desk.invoke runs in the page):
 *                       await desk.invoke('account:set', dovecotAccount(dovecot));
 *                       await desk.invoke('account:set-password', { which: 'imap', password: 'seller-pass' });
 *      or directly on the core, skipping the page: desk.core['account:set'](dovecotAccount(dovecot)).
 * The account's caFile is the Dovecot's self-signed certificate, so TLS is verified as in real use.
 * For the offline indicator, pass liveSync: true (the app's own mode: IDLE + reconnect), then
 * dovecot.kill() and later dovecot.restart(); with the default (on-demand sync) the status only
 * changes when something runs sync:run.
 */

export type { DeskLocale } from './browser.js';
export type { ForwardedEvent, SavedFile } from './bridge.js';
export { e2eSkipReason } from './browser.js';

/**
 * What a page script sees. Test files type their page.evaluate callbacks with a local
 * `declare const window: PageWindow;` (type-only: importing a value would be rewritten by the
 * test transpiler into something that does not exist in the browser).
 */
export interface PageWindow {
  readonly helpdesk: HelpdeskBridge;
}

export interface DeskOptions {
  /** Reuse a data dir (kept at close); default: a fresh temp dir, removed at close. */
  dataDir?: string;
  /** Configure the account on this server before the page loads (account:set + set-password). */
  dovecot?: DovecotInstance;
  /** Dovecot user for `dovecot`; default its first user ('seller'). */
  dovecotUser?: string;
  /** SMTP settings for that account; default a loopback placeholder nobody listens on. */
  smtp?: ServerSettings;
  /** Browser UI locale (navigator.language, Accept-Language); default 'en'. */
  locale?: DeskLocale;
  colorScheme?: 'light' | 'dark';
  /** The core's clock; default the real time. The page keeps the real time (see page.clock). */
  clock?: Clock;
  /** Browser time zone; default Asia/Tokyo so dates in screenshots do not depend on the machine. */
  timezoneId?: string;
  /** What app:info reports; default the core's default. */
  version?: string;
  /** Keep a live IMAP connection as the app does; default false (sync only on sync:run). */
  liveSync?: boolean;
}

export interface Desk {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The real core the page talks to; call it directly to arrange or inspect state. */
  readonly core: Helpdesk;
  readonly secrets: MemorySecretStore;
  readonly dataDir: string;
  /** `http://127.0.0.1:<port>`, the app's only allowed origin. */
  readonly origin: string;
  /** Every request URL the context's pages and frames made, in order, including blocked ones. */
  readonly requests: string[];
  /** Requests to anywhere but `origin`: recorded, then aborted before they leave the machine. */
  readonly blockedRequests: string[];
  /** console.error messages and uncaught errors ('pageerror: …'), from every page and frame. */
  readonly consoleErrors: string[];
  /** Contract events the page was sent (after checkEvent), in order. */
  readonly events: readonly ForwardedEvent[];
  /** Off-contract results/events the core produced (the page saw 'internal'); should stay empty. */
  readonly internalErrors: readonly string[];
  /** URLs shell:open-external would have opened in the system browser (a recorder stands in). */
  readonly openedUrls: readonly string[];
  /** Files shell:save-attachment wrote (a recorder stands in for the save dialog; see bridge.ts). */
  readonly savedFiles: readonly SavedFile[];
  /** Calls window.helpdesk.invoke IN THE PAGE (allow-list, bridge, validation: what the UI does). */
  invoke<K extends CallName>(channel: K, req: Req<K>): Promise<Result<Res<K>>>;
  /** Saves test-results/screens/<name>.png (viewport 1280×800) and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes browser, server and core; removes temp dirs. Safe to call twice. */
  close(): Promise<void>;
}

/** Account settings for a test Dovecot user: IMAP with STARTTLS, verified against its own CA. */
export function dovecotAccount(
  dovecot: DovecotInstance,
  user = 'seller',
  smtp?: ServerSettings,
): AccountSettings {
  const imap: ServerSettings = {
    host: dovecot.host,
    port: dovecot.imapPort,
    tls: 'starttls',
    user,
    caFile: dovecot.caFile,
  };
  // Port 9 (discard) on loopback: a valid setting that no test server answers unless one is given.
  return { imap, smtp: smtp ?? { host: '127.0.0.1', port: 9, tls: 'none', user, caFile: null } };
}

/**
 * For beforeAll around startDesk: the first desk of a run may build the renderer (or wait for a
 * parallel file's build) on a loaded two-core machine. Not a performance bound: a hang guard.
 */
export const DESK_START_TIMEOUT = 180_000;

const screensDir = join(repoRoot, 'test-results', 'screens');

export async function startDesk(options: DeskOptions = {}): Promise<Desk> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async (): Promise<void> => {
    // Reverse order: page side first, so nothing calls a core that is already closed.
    for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
  };
  try {
    const rendererDir = await ensureRendererBuilt();
    const server = await serveStatic(rendererDir);
    cleanups.push(() => server.close());

    const ownDataDir = options.dataDir === undefined;
    const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'e2e-data-')));
    if (ownDataDir) cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const secrets = new MemorySecretStore();
    const core = await openHelpdesk({
      dataDir,
      secrets,
      clock: options.clock ?? { now: () => new Date() },
      ...(options.version === undefined ? {} : { version: options.version }),
      liveSync: options.liveSync ?? false,
    });
    cleanups.push(() => core.close());
    if (options.dovecot) await configureAccount(core, options);

    const profileDir = await mkdtemp(join(tmpdir(), 'e2e-chromium-'));
    cleanups.push(() => rm(profileDir, { recursive: true, force: true }));
    const context = await launchBrowser({
      profileDir,
      locale: options.locale ?? 'en',
      colorScheme: options.colorScheme ?? 'light',
      timezoneId: options.timezoneId ?? 'Asia/Tokyo',
    });
    cleanups.push(() => context.close());

    const appUrl = `${server.origin}/`;
    const bridge = await bindCore(context, core, appUrl);
    cleanups.push(() => bridge.close());
    const requests: string[] = [];
    const blockedRequests: string[] = [];
    const consoleErrors: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === server.origin) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });

    // Context-wide, so pages a test opens itself (and every frame) are watched too.
    context.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    context.on('weberror', (webError) => consoleErrors.push(`pageerror: ${webError.error().message}`));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(appUrl);

    let closing: Promise<void> | null = null;
    return {
      page,
      context,
      core,
      secrets,
      dataDir,
      origin: server.origin,
      requests,
      blockedRequests,
      consoleErrors,
      events: bridge.events,
      internalErrors: bridge.internalErrors,
      openedUrls: bridge.openedUrls,
      savedFiles: bridge.savedFiles,
      invoke: <K extends CallName>(channel: K, req: Req<K>) =>
        page.evaluate(
          // globalThis, not window: this file is typed without the DOM library.
          ([c, r]) => (globalThis as unknown as PageWindow).helpdesk.invoke(c, r as Req<K>),
          [channel, req] as const,
        ) as Promise<Result<Res<K>>>,
      screenshot: async (name) => {
        const path = join(screensDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
        await mkdir(screensDir, { recursive: true });
        await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
        return path;
      },
      close: () => (closing ??= cleanup()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function configureAccount(core: Helpdesk, options: DeskOptions): Promise<void> {
  const dovecot = options.dovecot;
  if (dovecot === undefined) return;
  const user = options.dovecotUser ?? dovecot.users[0]?.user ?? 'seller';
  const set = await core['account:set'](dovecotAccount(dovecot, user, options.smtp));
  if (!set.ok) throw new Error(`account:set failed: ${set.error.message}`);
  const pass = await core['account:set-password']({ which: 'imap', password: dovecot.user(user).password });
  if (!pass.ok) throw new Error(`account:set-password failed: ${pass.error.message}`);
}

/** A desk whose first run chose "try the demo mailbox" through the page, with the list shown. */
export async function startDemoDesk(options: DeskOptions = {}): Promise<Desk> {
  const desk = await startDesk(options);
  await desk.page.getByTestId('try-demo').click();
  await desk.page.getByTestId('message-list').waitFor();
  return desk;
}
