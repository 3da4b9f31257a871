import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, parseSafeExternalUrl } from '../../../../shared/domain/url-policy.js';

// [url, allowed?, why]
const cases: [string, boolean, string][] = [
  ['https://www.amazon.co.jp/gp/your-account/order-details?orderID=503-1234567-1234567', true, 'order page'],
  ['https://example.com', true, 'bare https host'],
  ['https://example.com:8443/x', true, 'explicit port is still https'],
  ['HTTPS://EXAMPLE.COM/', true, 'scheme and host are case-insensitive'],
  ['mailto:support@example.com', true, 'mailto address'],
  ['mailto:support@example.com?subject=Order%20503&body=Hello', true, 'subject and body are harmless'],
  ['http://example.com', false, 'plain http: the marketplace rules allow https only'],
  ['javascript:alert(1)', false, 'script URL'],
  ['JaVaScRiPt:alert(1)', false, 'script URL, mixed case'],
  ['java\nscript:alert(1)', false, 'the parser drops newlines; we refuse them first'],
  ['https://exam\tple.com', false, 'tab that the parser would silently remove'],
  [' https://example.com', false, 'leading space (the parser would trim it)'],
  ['file:///etc/passwd', false, 'local file'],
  ['data:text/html,<script>alert(1)</script>', false, 'data URL'],
  ['blob:https://example.com/uuid', false, 'blob URL'],
  ['vbscript:msgbox', false, 'legacy script scheme'],
  ['ms-msdt:/id PCWDiagnostic', false, 'OS protocol handler (Follina)'],
  ['smb://attacker/share', false, 'leaks NTLM hashes on Windows'],
  ['ftp://example.com/file', false, 'not https'],
  ['https://amazon.co.jp@evil.example/', false, 'userinfo hides the real host'],
  ['https://user:pass@example.com/', false, 'credentials in URL'],
  ['https://localhost/', false, 'this machine'],
  ['https://localhost./', false, 'this machine, trailing dot'],
  ['https://app.localhost/', false, '*.localhost is loopback'],
  ['https://127.0.0.1/', false, 'IPv4 loopback'],
  ['https://2130706433/', false, '127.0.0.1 in decimal'],
  ['https://0x7f.1/', false, '127.0.0.1 in hex shorthand'],
  ['https://192.168.1.1/admin', false, 'LAN router'],
  ['https://[::1]/', false, 'IPv6 loopback'],
  ['https://intranet/', false, 'single-label host'],
  ['https:', false, 'no host'],
  ['mailto:', false, 'no address'],
  ['mailto:?subject=hi', false, 'no address, only fields'],
  ['mailto:a@example.com?attach=/etc/passwd', false, 'attach= has exfiltrated files from mail clients'],
  ['mailto:a@example.com?X-Evil=1', false, 'unknown header field'],
  ['mailto:%E0%A4%A@example.com', false, 'malformed percent-encoding'],
  ['', false, 'empty'],
  ['not a url', false, 'not a URL'],
  [`https://example.com/${'a'.repeat(2100)}`, false, 'absurdly long'],
];

describe('isSafeExternalUrl', () => {
  it.each(cases)('%j -> %s (%s)', (url, allowed) => {
    expect(isSafeExternalUrl(url)).toBe(allowed);
  });
});

// [url, expected href/display, hasIdnHost, why]
const displayCases: [string, string, boolean, string][] = [
  [
    'https://аpple.com/login',
    'https://xn--pple-43d.com/login',
    true,
    'Cyrillic а homograph shown as punycode',
  ],
  ['https://例え.jp/', 'https://xn--r8jz45g.jp/', true, 'legitimate IDN is also shown as punycode, flagged'],
  ['https://Example.COM', 'https://example.com/', false, 'normalised form is what opens'],
  ['https://example.com/パス', 'https://example.com/%E3%83%91%E3%82%B9', false, 'path percent-encoded'],
];

describe('parseSafeExternalUrl display form', () => {
  it.each(displayCases)('%s -> %s (idn=%s; %s)', (url, expected, idn) => {
    expect(parseSafeExternalUrl(url)).toEqual({ href: expected, display: expected, hasIdnHost: idn });
  });
});
