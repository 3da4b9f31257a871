/**
 * Decides whether a frame URL is our own renderer, so IPC from anything else (a page the window
 * was somehow navigated to, an iframe) is refused. Given the URL the app loaded: the dev server
 * (same origin counts) or the built index.html (that exact file, any query or hash).
 */
export function createAppUrlCheck(appUrl: string): (frameUrl: string) => boolean {
  const app = new URL(appUrl);
  if (app.protocol === 'file:') {
    return (frameUrl) => {
      const frame = tryParse(frameUrl);
      return (
        frame !== null &&
        frame.protocol === 'file:' &&
        frame.host === app.host &&
        frame.pathname === app.pathname
      );
    };
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') {
    throw new Error(`Unexpected renderer URL scheme: ${app.protocol}`);
  }
  return (frameUrl) => tryParse(frameUrl)?.origin === app.origin;
}

function tryParse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
