/**
 * One policy, delivered twice: as a response header (covers the dev server) and as a meta tag in
 * renderer/index.html (file:// responses carry no headers). A unit test keeps the two equal.
 * No 'unsafe-eval'; inline styles are allowed because MUI/emotion inject <style> tags.
 * frame-src allows blob: for sanitised mail bodies; srcdoc frames are not fetched, so need none.
 * frame-ancestors is left out: browsers ignore it in a meta tag and warn.
 *
 * img-src allows https: only because a srcdoc frame inherits this policy (CSP3 "local scheme"
 * inheritance) and both policies apply, so without it a message's remote images could never show,
 * even after the user allowed them. It is safe because nothing else can use it: the app's own UI
 * never renders a remote image (React escapes text; no innerHTML of mail), scripts stay 'self'
 * only, and mail HTML lives only in the `sandbox=""` frame whose own meta CSP
 * (renderer/src/features/thread/mail-srcdoc.ts) stays `img-src data:` until the user clicks
 * "show images" for that message. http: stays out: no cleartext fetch, even when allowed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
