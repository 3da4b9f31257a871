import type { Session, WebContents } from 'electron';
import { parseSafeExternalUrl } from '../../shared/domain/url-policy.js';

export interface WebContentsHardening {
  /** shell.openExternal in production; receives only URLs that passed the url-policy check. */
  openExternal: (url: string) => void;
  onBlocked?: (what: string, url: string) => void;
}

/**
 * The window never navigates and never opens another Electron window: the app is one page, and
 * anything else would be remote content running with our preload. Links leave for the system
 * browser only after the pure url-policy check.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>,
  options: WebContentsHardening,
): void {
  const blocked = options.onBlocked ?? (() => undefined);
  contents.setWindowOpenHandler(({ url }) => {
    const safe = parseSafeExternalUrl(url);
    // TODO(renderer): ask the user first, showing `safe.display` (punycode host); today only the
    // app's own links reach here, since mail bodies render in iframes without allow-popups.
    if (safe !== null) options.openExternal(safe.href);
    else blocked('window-open', url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    blocked('will-navigate', event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    blocked('will-redirect', event.url);
  });
  // Child frames (mail bodies) may show srcdoc/blob content but must not be steered elsewhere.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isInertFrameUrl(event.url)) return;
    event.preventDefault();
    blocked('will-frame-navigate', event.url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    blocked('will-attach-webview', '');
  });
}

function isInertFrameUrl(url: string): boolean {
  return url === 'about:blank' || url === 'about:srcdoc' || url.startsWith('blob:');
}

/** No camera, notifications-by-prompt, geolocation…: the app asks for none, so grant none. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>,
  contentSecurityPolicy: string,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
}
