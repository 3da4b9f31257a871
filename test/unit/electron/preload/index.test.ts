import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_CHANNELS, EVENT_CHANNELS } from '../../../../shared/api/channels.js';

const mocks = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: mocks.exposeInMainWorld },
  ipcRenderer: {
    invoke: mocks.invoke,
    on: mocks.on,
    removeListener: mocks.removeListener,
    send: mocks.send,
    sendSync: mocks.sendSync,
  },
}));

await import('../../../../electron/preload/index.js');

interface Bridge {
  invoke(channel: unknown, request: unknown): Promise<unknown>;
  on(event: unknown, callback: unknown): () => void;
}

const [worldKey, bridge] = (mocks.exposeInMainWorld.mock.calls[0] ?? []) as [string, Bridge];

describe('preload bridge', () => {
  beforeEach(() => {
    mocks.invoke.mockClear();
    mocks.on.mockClear();
    mocks.removeListener.mockClear();
  });

  it('exposes exactly window.helpdesk = {invoke, on}, frozen', () => {
    expect(mocks.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(worldKey).toBe('helpdesk');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each([...CALL_CHANNELS])('invoke(%s) goes to ipcRenderer.invoke', async (channel) => {
    await bridge.invoke(channel, { a: 1 });
    expect(mocks.invoke).toHaveBeenCalledWith(channel, { a: 1 });
  });

  // [channel, why]
  const refusedCases: [unknown, string][] = [
    ['fs:read', 'not in the contract'],
    ['sync:progress', 'an event name is not a call'],
    ['__proto__', 'prototype key'],
    ['APP:INFO', 'names are case-sensitive'],
    [42, 'not a string'],
  ];
  it.each(refusedCases)('invoke(%j) is refused without touching IPC (%s)', async (channel) => {
    expect(await bridge.invoke(channel, {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(mocks.invoke).not.toHaveBeenCalled();
  });

  it.each([...EVENT_CHANNELS])('on(%s) passes the payload only, never the IPC event', (event) => {
    const callback = vi.fn();
    const unsubscribe = bridge.on(event, callback);
    const [channel, listener] = mocks.on.mock.calls[0] as [string, (e: unknown, p: unknown) => void];
    expect(channel).toBe(event);
    listener({ sender: 'the ipcRenderer itself' }, { ids: ['x'] });
    expect(callback).toHaveBeenCalledWith({ ids: ['x'] });
    expect(callback.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(mocks.removeListener).toHaveBeenCalledWith(event, listener);
  });

  // [event, callback, why]
  const throwCases: [string, unknown, string][] = [
    ['app:info', () => undefined, 'a call name is not an event'],
    ['ipc-internal', () => undefined, 'not in the contract'],
    ['messages:changed', 'not a function', 'callback must be a function'],
  ];
  it.each(throwCases)('on(%j) throws (%s)', (event, callback) => {
    expect(() => bridge.on(event, callback)).toThrow(TypeError);
    expect(mocks.on).not.toHaveBeenCalled();
  });
});
