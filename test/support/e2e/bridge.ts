import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import type { BrowserContext } from 'playwright-core';
import { CALL_CHANNELS, EVENT_CHANNELS } from '../../../shared/api/channels.js';
import { fail } from '../../../shared/api/result.js';
import type { CoreApi, HelpdeskEventSource } from '../../../shared/api/types.js';
import { bindContract, forwardEvents, type IpcMainLike } from '../../../electron/main/ipc.js';
import { withShellCalls } from '../../../electron/main/open-external.js';
import type { ReadAttachment } from '../../../electron/main/save-attachment.js';
import { createAppUrlCheck } from '../../../electron/main/trusted-sender.js';

/*
 * window.helpdesk for a page in plain Chromium, built from the SAME main-process code Electron
 * uses: bindContract (trusted-sender check + dispatchCall validation) answers calls and
 * forwardEvents (checkEvent validation) feeds events. Only the transport differs: Playwright
 * bindings instead of IPC. Events travel by long poll (the page asks, the harness answers when
 * there is something), so nothing is evaluated in the page from outside and order is kept.
 */

/** playwright-core does not export this type by name. */
type BindingSource = Parameters<Parameters<BrowserContext['exposeBinding']>[1]>[0];
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
export interface ForwardedEvent {
  name: string;
  payload: unknown;
}

const INVOKE = '__helpdeskInvoke';
const NEXT_EVENTS = '__helpdeskNextEvents';

/**
 * Runs before any page script in every frame. Mirrors electron/preload/index.ts: the allow-list,
 * the refusal shape, a frozen object; the raw bindings are taken off `window` so page code cannot
 * go around the allow-list (in Electron it cannot reach ipcRenderer either). Child frames get
 * nothing, as Electron runs the preload in the main frame only. A string, not a function, so the
 * test transpiler cannot inject helpers that do not exist in the page.
 */
const initScript = `(() => {
  const raw = { invoke: window.${INVOKE}, next: window.${NEXT_EVENTS} };
  delete window.${INVOKE};
  delete window.${NEXT_EVENTS};
  if (window.top !== window || typeof raw.invoke !== 'function' || typeof raw.next !== 'function') return;
  const calls = new Set(${JSON.stringify(CALL_CHANNELS)});
  const events = new Set(${JSON.stringify(EVENT_CHANNELS)});
  const listeners = new Map();
  const bridge = Object.freeze({
    invoke(channel, request) {
      if (typeof channel !== 'string' || !calls.has(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: 'Unknown call' } });
      }
      // JSON text both ways: Playwright's own value serialisation walks big results object by
      // object and costs ~150 ms for a 200-row page, where Electron's structured clone takes a
      // few ms; a string crosses as one value. Every contract type is plain JSON data.
      return raw.invoke(channel, request === undefined ? undefined : JSON.stringify(request)).then((text) => JSON.parse(text));
    },
    on(event, callback) {
      if (typeof event !== 'string' || !events.has(event)) throw new TypeError('Unknown event');
      if (typeof callback !== 'function') throw new TypeError('Callback must be a function');
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const listener = (payload) => callback(payload);
      set.add(listener);
      return () => { set.delete(listener); };
    },
  });
  Object.defineProperty(window, 'helpdesk', { value: bridge, enumerable: true });
  (async () => {
    for (;;) {
      const batch = await raw.next().then((text) => JSON.parse(text)).catch(() => null);
      if (!Array.isArray(batch) || batch.length === 0) return;
      for (const { name, payload } of batch) {
        for (const listener of [...(listeners.get(name) ?? [])]) {
          // Like an IPC listener: a throwing callback is reported, and the others still run.
          try { listener(payload); } catch (error) { setTimeout(() => { throw error; }); }
        }
      }
    }
  })();
})();`;

export interface BridgeHandle {
  /** Every event forwarded to the page (after contract validation), in order. */
  readonly events: readonly ForwardedEvent[];
  /** Off-contract calls/events the core produced (dispatch hid them from the page as 'internal'). */
  readonly internalErrors: readonly string[];
  /** What shell:open-external handed to the (recording) browser, after main's URL check. */
  readonly openedUrls: readonly string[];
  /** What shell:save-attachment wrote, in order: the recorder "chooses" <tempdir>/<proposed name>. */
  readonly savedFiles: readonly SavedFile[];
  close(): Promise<void>;
}

export interface SavedFile {
  /** Where the bytes went (a temp dir removed at close: read it before). */
  path: string;
  /** The name main proposed in the save dialog, after sanitising the mail's filename. */
  filename: string;
  size: number;
}

export async function bindCore(
  context: BrowserContext,
  core: CoreApi & { events: HelpdeskEventSource; attachment: ReadAttachment },
  appUrl: string,
): Promise<BridgeHandle> {
  const handlers = new Map<string, Handler>();
  const fakeIpcMain: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  const internalErrors: string[] = [];
  const options = {
    isTrustedSender: createAppUrlCheck(appUrl),
    onInternalError: (channel: string, error: unknown) => internalErrors.push(`${channel}: ${String(error)}`),
  };
  // Main's own shell calls, with recorders where Electron would start the system browser or show
  // the save dialog: the "user" always accepts the proposed name, in a directory of our own.
  const openedUrls: string[] = [];
  const savedFiles: SavedFile[] = [];
  const saveDir = await mkdtemp(join(tmpdir(), 'e2e-saved-'));
  const proposed = new Map<string, string>();
  const api = withShellCalls(core, {
    openExternal: async (url) => void openedUrls.push(url),
    chooseSavePath: async (name) => {
      const path = join(saveDir, `${savedFiles.length + proposed.size}-${name}`);
      proposed.set(path, name);
      return path;
    },
    writeFile: async (path, content) => {
      await writeFile(path, content);
      savedFiles.push({ path, filename: proposed.get(path) ?? '', size: content.byteLength });
      proposed.delete(path);
    },
  });
  const unbind = bindContract(fakeIpcMain, api, options);

  const forwarded: ForwardedEvent[] = [];
  let queue: ForwardedEvent[] = [];
  let waiter: ((batch: ForwardedEvent[]) => void) | null = null;
  let closed = false;
  const stopEvents = forwardEvents(
    core.events,
    {
      send: (name, payload) => {
        const event = { name, payload };
        forwarded.push(event);
        queue.push(event);
        const wake = waiter;
        waiter = null;
        if (wake) wake(queue.splice(0));
      },
      isDestroyed: () => closed,
    },
    options,
  );

  await context.exposeBinding(
    INVOKE,
    async (source: BindingSource, channel: unknown, requestJson: unknown) => {
      const handler = typeof channel === 'string' ? handlers.get(channel) : undefined;
      // ipcRenderer.invoke on a channel nobody handles rejects; the preload never lets one through.
      if (handler === undefined) return JSON.stringify(fail('invalid-request', 'Unknown call'));
      const request: unknown = typeof requestJson === 'string' ? JSON.parse(requestJson) : undefined;
      return JSON.stringify(await handler(senderEvent(source), request));
    },
  );
  await context.exposeBinding(NEXT_EVENTS, async (source: BindingSource) => {
    if (closed || !options.isTrustedSender(source.frame.url())) return '[]';
    // One poller per document; a new poll means the previous document is gone (reload).
    waiter?.([]);
    waiter = null;
    if (queue.length > 0) return JSON.stringify(queue.splice(0));
    return JSON.stringify(await new Promise<ForwardedEvent[]>((resolve) => (waiter = resolve)));
  });
  await context.addInitScript({ content: initScript });

  return {
    events: forwarded,
    internalErrors,
    openedUrls,
    savedFiles,
    close: async () => {
      closed = true;
      stopEvents();
      unbind();
      waiter?.([]);
      waiter = null;
      queue = [];
      await rm(saveDir, { recursive: true, force: true });
    },
  };
}

/**
 * The two fields bindContract reads from an IPC event, taken from the calling Playwright frame.
 * The cast stands in for Electron's event object, which cannot be built outside Electron.
 */
function senderEvent(source: BindingSource): IpcMainInvokeEvent {
  const frame = source.frame;
  const senderFrame = { url: frame.url(), parent: frame.parentFrame() === null ? null : {} };
  return { senderFrame } as unknown as IpcMainInvokeEvent;
}
