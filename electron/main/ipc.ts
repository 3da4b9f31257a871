import type { IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNELS, EVENT_CHANNELS } from '../../shared/api/channels.js';
import { checkEvent, dispatchCall, type DispatchOptions } from '../../shared/api/dispatch.js';
import { fail, type Result } from '../../shared/api/result.js';
import type { HelpdeskApi, HelpdeskEventSource } from '../../shared/api/types.js';

/** The slice of `ipcMain` used here; structural so tests pass a fake without electron. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export interface BindOptions extends DispatchOptions {
  /** True for our own renderer's URL only (see trusted-sender.ts). */
  isTrustedSender: (frameUrl: string) => boolean;
}

/**
 * Registers one `ipcMain.handle` per contract call. Every call goes through dispatchCall, so the
 * window gets validated requests, contract-shaped results and errors as data. Returns an unbind.
 */
export function bindContract(ipcMain: IpcMainLike, api: HelpdeskApi, options: BindOptions): () => void {
  for (const channel of CALL_CHANNELS) {
    ipcMain.handle(channel, async (event, ...args): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      // A null frame has navigated away or died; a child frame is never our UI (mail bodies are
      // sandboxed iframes); either way the request did not come from the app window we built.
      if (frame === null || frame.parent !== null || !options.isTrustedSender(frame.url)) {
        return fail('forbidden', 'Request from an untrusted frame');
      }
      return dispatchCall(api, channel, args[0], options);
    });
  }
  return () => {
    for (const channel of CALL_CHANNELS) ipcMain.removeHandler(channel);
  };
}

export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** Sends every contract event from the core to one window, validated; returns an unsubscribe. */
export function forwardEvents(
  source: HelpdeskEventSource,
  target: EventTarget,
  options: DispatchOptions = {},
): () => void {
  const stops = EVENT_CHANNELS.map((name) =>
    source.on(name, (payload: unknown) => {
      const checked = checkEvent(name, payload, options);
      if (checked !== null && !target.isDestroyed()) target.send(name, checked.payload);
    }),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
