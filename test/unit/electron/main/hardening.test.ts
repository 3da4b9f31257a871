import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../../electron/main/hardening.js';

type Handler = (event: { preventDefault: () => void; url: string; isMainFrame?: boolean }) => void;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => {
      openHandler = h;
    },
    on: (name: string, h: Handler) => {
      handlers.set(name, h);
      return contents;
    },
  };
  const openExternal = vi.fn();
  hardenWebContents(contents as unknown as WebContents, { openExternal });
  const fire = (name: string, url: string, isMainFrame?: boolean) => {
    const preventDefault = vi.fn();
    handlers.get(name)?.({ preventDefault, url, isMainFrame });
    return preventDefault.mock.calls.length > 0;
  };
  return { handlers, openExternal, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  // [url, opened externally as, why]
  const openCases: [string, string | null, string][] = [
    ['https://www.amazon.co.jp/orders', 'https://www.amazon.co.jp/orders', 'https opens in the browser'],
    ['mailto:a@example.com', 'mailto:a@example.com', 'mailto opens the mail client'],
    ['https://аpple.com/', 'https://xn--pple-43d.com/', 'the normalised (punycode) URL is what opens'],
    ['http://example.com/', null, 'plain http stays closed'],
    ['file:///etc/passwd', null, 'local files stay closed'],
    ['javascript:alert(1)', null, 'scripts stay closed'],
  ];
  it.each(openCases)('window.open(%s) -> external %s (%s)', (url, external) => {
    const { open, openExternal } = fakeContents();
    expect(open(url)).toEqual({ action: 'deny' });
    if (external === null) expect(openExternal).not.toHaveBeenCalled();
    else expect(openExternal).toHaveBeenCalledWith(external);
  });

  // [event, url, isMainFrame, prevented?, why]
  it.each([
    ['will-navigate', 'https://evil.example/', undefined, true, 'the window never leaves the app'],
    ['will-navigate', 'file:///opt/app/out/renderer/index.html', undefined, true, 'not even to itself'],
    ['will-redirect', 'https://evil.example/', undefined, true, 'server redirects too'],
    ['will-attach-webview', '', undefined, true, 'no webviews'],
    [
      'will-frame-navigate',
      'https://evil.example/',
      false,
      true,
      'a mail iframe cannot be steered to a site',
    ],
    ['will-frame-navigate', 'about:srcdoc', false, false, 'srcdoc mail bodies load'],
    ['will-frame-navigate', 'blob:file:///0c5f', false, false, 'blob mail bodies load'],
    ['will-frame-navigate', 'https://evil.example/', true, false, 'main frame is will-navigate’s job'],
  ] as [string, string, boolean | undefined, boolean, string][])(
    '%s %s (main=%s) prevented=%s (%s)',
    (event, url, isMainFrame, prevented) => {
      const { fire, handlers } = fakeContents();
      expect(handlers.has(event)).toBe(true);
      expect(fire(event, url, isMainFrame)).toBe(prevented);
    },
  );
});

describe('hardenSession', () => {
  function fakeSession() {
    const calls: {
      request?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
      check?: (wc: unknown, permission: string) => boolean;
      headers?: (
        details: { responseHeaders?: Record<string, string[]> },
        cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof calls.request) => void (calls.request = h),
      setPermissionCheckHandler: (h: typeof calls.check) => void (calls.check = h),
      webRequest: { onHeadersReceived: (h: typeof calls.headers) => void (calls.headers = h) },
    };
    hardenSession(session as unknown as Session, "default-src 'self'");
    return calls;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies %s requests and checks',
    (permission) => {
      const calls = fakeSession();
      const granted = vi.fn();
      calls.request?.(null, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
      expect(calls.check?.(null, permission)).toBe(false);
    },
  );

  it('adds the CSP header and keeps the others', () => {
    const calls = fakeSession();
    const respond = vi.fn();
    calls.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, respond);
    expect(respond).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] },
    });
  });
});
