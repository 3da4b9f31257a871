import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { openHelpdesk } from '../core/helpdesk.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { hardenSession } from './hardening.js';
import { bindContract, forwardEvents } from './ipc.js';
import { withShellCalls } from './open-external.js';
import { createSafeStorageSecretStore } from './safe-storage-secrets.js';
import { createAppUrlCheck } from './trusted-sender.js';
import { createMainWindow, type RendererTarget } from './window.js';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

function rendererTarget(): RendererTarget {
  // electron-vite dev sets this; a packaged app never trusts it.
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devUrl !== undefined && devUrl !== '') return { url: devUrl };
  return { file: fileURLToPath(new URL('../renderer/index.html', import.meta.url)) };
}

function logInternal(channel: string, error: unknown): void {
  // The stack stays in the main process log; the window only sees code 'internal'.
  console.error(`[helpdesk] ${channel} failed`, error);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, CONTENT_SECURITY_POLICY);

  const dataDir = app.getPath('userData');
  const core = await openHelpdesk({
    dataDir,
    secrets: createSafeStorageSecretStore(dataDir),
    clock: { now: () => new Date() },
    version: app.getVersion(),
    liveSync: true,
  });

  const target = rendererTarget();
  const appUrl = 'url' in target ? target.url : pathToFileURL(target.file).href;
  let window: BrowserWindow | null = null;
  const chooseSavePath = async (defaultName: string): Promise<string | null> => {
    // Proposed in Downloads; the name is already sanitised (save-attachment.ts), the user decides.
    const options = { defaultPath: join(app.getPath('downloads'), defaultName) };
    const chosen =
      window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
    return chosen.canceled || chosen.filePath === undefined || chosen.filePath === ''
      ? null
      : chosen.filePath;
  };
  const api = withShellCalls(core, {
    openExternal: (url) => shell.openExternal(url),
    chooseSavePath,
    writeFile: (path, content) => writeFile(path, content),
  });
  bindContract(ipcMain, api, { isTrustedSender: createAppUrlCheck(appUrl), onInternalError: logInternal });

  const openWindow = (): void => {
    const created = createMainWindow({
      preloadPath,
      target,
      hardening: {
        openExternal: (url) => void shell.openExternal(url),
        onBlocked: (what, url) => console.warn(`[helpdesk] blocked ${what}`, url),
      },
    });
    const stopEvents = forwardEvents(core.events, created.webContents, { onInternalError: logInternal });
    created.on('closed', () => {
      stopEvents();
      window = null;
    });
    window = created;
  };
  openWindow();

  app.on('second-instance', () => {
    if (window === null) return openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (window === null) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Let the core flush coalesced writes and log out of IMAP before the process goes.
  let closed = false;
  let closing = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    core
      .close()
      .catch((error: unknown) => console.error('[helpdesk] close failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

// Every renderer sandboxed, whatever a future BrowserWindow forgets to say.
app.enableSandbox();

// Two instances would be two writers on one store.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error('[helpdesk] failed to start', error);
    dialog.showErrorBox('Seller Helpdesk could not start', message);
    app.exit(1);
  });
} else {
  app.quit();
}
