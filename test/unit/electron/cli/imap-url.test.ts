import { describe, expect, it } from 'vitest';
import { parseImapUrl, parseTlsMode } from '../../../../electron/cli/imap-url.js';

describe('parseImapUrl', () => {
  it.each([
    [
      'plain user, explicit port',
      'imap://shop@127.0.0.1:1143',
      'starttls',
      { user: 'shop', host: '127.0.0.1', port: 1143 },
    ],
    [
      'address as user with %40',
      'imap://cs%40shop.jp@imap.shop.jp:993',
      'implicit',
      { user: 'cs@shop.jp', host: 'imap.shop.jp', port: 993 },
    ],
    [
      'address as user with a raw @: last @ splits',
      'imap://cs@shop.jp@imap.shop.jp',
      'implicit',
      { user: 'cs@shop.jp', host: 'imap.shop.jp', port: 993 },
    ],
    ['default STARTTLS port', 'imap://u@mail.example.com', 'starttls', { port: 143 }],
    ['IPv6 literal', 'imap://u@[::1]:1993', 'none', { host: '::1', port: 1993 }],
  ] as const)('%s', (_why, url, tls, expected) => {
    expect(parseImapUrl(url, tls, null)).toMatchObject(expected);
  });

  it.each([
    ['no user', 'imap://127.0.0.1:143'],
    ['wrong scheme', 'http://u@host:143'],
    ['garbage port', 'imap://u@host:abc'],
    ['bad escape in user', 'imap://u%ZZ@host:143'],
  ])('rejects %s with a message naming the option', (_why, url) => {
    expect(() => parseImapUrl(url, 'starttls', null)).toThrow(/--imap/);
  });
});

describe('parseTlsMode', () => {
  it.each([
    ['implicit', 'implicit'],
    ['starttls', 'starttls'],
    ['none', 'none'],
    [undefined, 'implicit'],
  ] as const)('%s → %s', (value, expected) => {
    expect(parseTlsMode(value)).toBe(expected);
  });
  it('names the allowed values on a typo', () => {
    expect(() => parseTlsMode('ssl')).toThrow(/implicit, starttls, none/);
  });
});
