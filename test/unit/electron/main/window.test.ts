import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RendererTarget } from '../../../../electron/main/window.js';

const created: FakeWindow[] = [];

class FakeWindow {
  readonly options: unknown;
  readonly webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
  readonly loadURL = vi.fn(async () => undefined);
  readonly loadFile = vi.fn(async () => undefined);
  readonly once = vi.fn();
  readonly show = vi.fn();
  constructor(options: unknown) {
    this.options = options;
    created.push(this);
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createMainWindow, mainWindowOptions } = await import('../../../../electron/main/window.js');

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {};

  // [flag, expected, why]
  const flagCases: [keyof typeof prefs, string | boolean, string][] = [
    ['preload', '/app/out/preload/index.cjs', 'our CJS preload, nothing else'],
    ['contextIsolation', true, 'page JS cannot reach the preload’s world'],
    ['sandbox', true, 'renderer has no Node; a compromise stays in the sandbox'],
    ['nodeIntegration', false, 'no require() in the page'],
    ['nodeIntegrationInWorker', false, 'nor in workers'],
    ['nodeIntegrationInSubFrames', false, 'nor in mail iframes'],
    ['webviewTag', false, 'no <webview> to load remote content with other prefs'],
    ['webSecurity', true, 'same-origin policy on'],
    ['allowRunningInsecureContent', false, 'no http content in the page'],
  ];
  it.each(flagCases)('%s = %s (%s)', (flag, expected) => {
    expect(prefs[flag]).toBe(expected);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  const loadCases: [RendererTarget, 'loadURL' | 'loadFile', string][] = [
    [{ url: 'http://localhost:5173/' }, 'loadURL', 'dev server'],
    [{ file: '/app/out/renderer/index.html' }, 'loadFile', 'built renderer'],
  ];
  it.each(loadCases)('loads %j with %s (%s)', (target, method) => {
    createMainWindow({ preloadPath: '/p.cjs', target, hardening: { openExternal: vi.fn() } });
    const window = created[0];
    expect(window?.[method]).toHaveBeenCalledWith(Object.values(target)[0]);
    expect(window?.[method === 'loadURL' ? 'loadFile' : 'loadURL']).not.toHaveBeenCalled();
  });

  it('hardens the web contents before loading', () => {
    createMainWindow({
      preloadPath: '/p.cjs',
      target: { file: '/i.html' },
      hardening: { openExternal: vi.fn() },
    });
    const window = created[0];
    const events = window?.webContents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(
      expect.arrayContaining([
        'will-navigate',
        'will-redirect',
        'will-frame-navigate',
        'will-attach-webview',
      ]),
    );
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    const hardenedAt = window?.webContents.setWindowOpenHandler.mock.invocationCallOrder[0] ?? Infinity;
    const loadedAt = window?.loadFile.mock.invocationCallOrder[0] ?? -Infinity;
    expect(hardenedAt).toBeLessThan(loadedAt);
    expect(window?.options).toEqual(mainWindowOptions('/p.cjs'));
  });
});
