import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_CHANNELS, EVENT_CHANNELS } from '../../shared/api/channels.js';

/**
 * The whole surface the page gets: invoke(channel, req) and on(event, cb), for contract names
 * only. No ipcRenderer, no IPC event object (its `sender` is ipcRenderer), no sendSync, no
 * process. Arguments come from the page, so they are checked here as untrusted.
 */
const callChannels: ReadonlySet<string> = new Set(CALL_CHANNELS);
const eventChannels: ReadonlySet<string> = new Set(EVENT_CHANNELS);

function refused(message: string): Promise<unknown> {
  return Promise.resolve({ ok: false, error: { code: 'invalid-request', message } });
}

const bridge = Object.freeze({
  invoke(channel: unknown, request: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !callChannels.has(channel)) return refused('Unknown call');
    return ipcRenderer.invoke(channel, request);
  },
  on(event: unknown, callback: unknown): () => void {
    if (typeof event !== 'string' || !eventChannels.has(event)) throw new TypeError('Unknown event');
    if (typeof callback !== 'function') throw new TypeError('Callback must be a function');
    const listener = (_event: IpcRendererEvent, payload: unknown): void => {
      callback(payload);
    };
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
});

contextBridge.exposeInMainWorld('helpdesk', bridge);
