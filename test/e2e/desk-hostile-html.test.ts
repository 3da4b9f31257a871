import { describe, expect, it } from 'vitest';
import { e2eSkipReason, type Desk, type PageWindow } from '../support/e2e/harness.js';
import { useSyncedDesk } from '../support/e2e/synced-desk.js';
import { buildMessage, charsetFixtures } from '../support/mime-fixtures.js';

/*
 * A buyer mail written by an attacker, read in the real desk: scripts, event handlers,
 * javascript: links, frames, forms, remote styles/fonts and tracking images must neither run
 * nor reach the network. The page's CSP and the frame's own CSP stop requests inside Chromium,
 * before Playwright sees them, so "nothing even tried to leave" is what we expect: a URL in
 * blockedRequests would mean the policy let it out and only the harness route caught it.
 */

declare const window: PageWindow & { pwned?: unknown };

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const SUBJECT = 'Hostile HTML order question';
const HOSTILE_HTML = [
  '<html><head>',
  '<link rel=stylesheet href="https://evil.example/s.css">',
  '<style>@import url(https://evil.example/i.css); @font-face{font-family:x;src:url(https://evil.example/f.woff)} body{font-family:x}</style>',
  '</head><body>',
  '<p>Hostile test body</p>',
  '<script>window.top.pwned=1</script>',
  '<img src="https://tracker.example/p.gif" width=1 height=1>',
  '<img src="http://evil.example/a.png" onerror="window.top.pwned=2">',
  // The one image the user may choose to load: https, real size, no handler.
  '<img src="https://cdn.example/product.jpg" width=200 height=100>',
  '<iframe src="https://evil.example/"></iframe>',
  '<form action="https://evil.example/"><input name=a></form>',
  '<a href="javascript:window.top.pwned=3">click</a>',
  '<div style="background:url(https://evil.example/bg.png)">x</div>',
  '<svg onload="window.top.pwned=4"><circle r=5></circle></svg>',
  '</body></html>',
].join('\r\n');

const hostileMail = buildMessage({
  headers: [
    'From: "Hostile Buyer" <abcdefghijklmno@marketplace.amazon.co.jp>',
    'To: shop@example.com',
    `Subject: ${SUBJECT}`,
    'Message-ID: <hostile-1@marketplace.amazon.co.jp>',
    'Date: Mon, 01 Jul 2024 10:00:00 +0900',
  ],
  contentType: 'text/html; charset=utf-8',
  transferEncoding: '8bit',
  body: Buffer.from(`${HOSTILE_HTML}\r\n`),
});

const older = charsetFixtures()[0];

const outside = (desk: Desk): string[] => desk.requests.filter((url) => !url.startsWith(`${desk.origin}/`));

describe.skipIf(skipReason !== null)('hostile HTML buyer mail (English UI)', () => {
  const synced = useSyncedDesk(() => [
    ...(older ? [{ raw: older.raw, internalDate: new Date('2024-01-02T01:00:00Z') }] : []),
    { raw: hostileMail, internalDate: new Date('2024-07-01T01:00:00Z') },
  ]);

  it('opens the mail and shows its text inside the sandboxed frame', async () => {
    await synced.desk.page.getByText('All', { exact: true }).click();
    await synced.desk.page.getByTestId('message-list').getByText(SUBJECT).first().click();
    const frame = synced.desk.page.frameLocator('[data-testid=mail-frame]');
    await frame.getByText('Hostile test body').waitFor();
    expect(await synced.desk.page.getByTestId('mail-frame').getAttribute('sandbox')).toBe('');
  });

  it('ran no script of the mail and sent nothing anywhere', async () => {
    expect(await synced.desk.page.evaluate(() => window.pwned)).toBeUndefined();
    expect(outside(synced.desk)).toEqual([]);
    expect(synced.desk.requests.filter((u) => /tracker\.example|evil\.example|cdn\.example/.test(u))).toEqual(
      [],
    );
    // Nothing even tried: a blocked entry would mean a CSP hole only the test route caught.
    expect(synced.desk.blockedRequests).toEqual([]);
  });

  it.each([
    ['script', 'script'],
    ['iframe', 'iframe'],
    ['form', 'form'],
    ['input', 'input'],
    ['link', 'link'],
    ['javascript: href', '[href^="javascript:" i]'],
    ['any href at all (links are listed outside the frame)', '[href]'],
    ['remote src', '[src^="http" i]'],
  ])('the frame keeps no %s', async (_what, selector) => {
    const frame = synced.desk.page.frameLocator('[data-testid=mail-frame]');
    expect(await frame.locator(selector).count()).toBe(0);
  });

  it('the frame keeps no on* event-handler attribute on any element', async () => {
    const frame = synced.desk.page.frameLocator('[data-testid=mail-frame]');
    const handlers = await frame
      .locator('*')
      .evaluateAll((nodes) =>
        nodes.flatMap((n) => n.getAttributeNames().filter((a) => a.toLowerCase().startsWith('on'))),
      );
    expect(handlers).toEqual([]);
  });

  it('offers the "show images" banner for the blocked remote images', async () => {
    await synced.desk.page.getByText('Images from the internet are blocked', { exact: false }).waitFor();
    await synced.desk.screenshot('en-hostile-html');
  });

  it('after "show images" no http image is attempted and nothing reaches the network', async () => {
    await synced.desk.page.getByRole('button', { name: 'Show images for this message' }).click();
    const frame = synced.desk.page.frameLocator('[data-testid=mail-frame]');
    // The sanitiser honours the consent for https only; the http image and the pixel stay inert.
    await frame.locator('img[src="https://cdn.example/product.jpg"]').waitFor({ state: 'attached' });
    await frame.getByText('Hostile test body').waitFor();
    expect(await frame.locator('img[src^="http:" i]').count()).toBe(0);
    expect(await frame.locator('img[src*="tracker.example"]').count()).toBe(0);
    // Chromium may now attempt the https image (it does today); whatever tried to leave the
    // origin must be https and have been aborted by the harness route, not sent.
    expect(outside(synced.desk).filter((u) => u.startsWith('http:'))).toEqual([]);
    expect(synced.desk.blockedRequests.filter((u) => !u.startsWith('https://'))).toEqual([]);
    // The request event can arrive before the route handler records it: wait for the record.
    await expect
      .poll(() => outside(synced.desk).every((u) => synced.desk.blockedRequests.includes(u)))
      .toBe(true);
    // Showing images is not permission to track or to load styles, fonts and frames.
    expect(outside(synced.desk).filter((u) => /tracker\.example|evil\.example/.test(u))).toEqual([]);
    expect(await synced.desk.page.evaluate(() => window.pwned)).toBeUndefined();
    expect(synced.desk.internalErrors).toEqual([]);
  });
});
