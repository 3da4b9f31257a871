/**
 * One policy, delivered twice: as a response header (covers the dev server) and as a meta tag in
 * renderer/index.html (file:// responses carry no headers). A unit test keeps the two equal.
 * No 'unsafe-eval'; inline styles are allowed because MUI/emotion inject <style> tags.
 * frame-src allows blob: for sanitised mail bodies; srcdoc frames are not fetched, so need none.
 * frame-ancestors is left out: browsers ignore it in a meta tag and warn.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
