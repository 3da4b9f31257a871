import { describe, expect, it } from 'vitest';
import {
  checkServerSettings,
  isLoopbackHost,
  type ServerSettings,
} from '../../../../shared/domain/account.js';

const base: ServerSettings = {
  host: 'imap.example.jp',
  port: 993,
  tls: 'implicit',
  user: 'cs@shop.jp',
  caFile: null,
};

describe('checkServerSettings', () => {
  it.each<[string, Partial<ServerSettings>, string[]]>([
    ['a normal implicit-TLS account is fine', {}, []],
    ['STARTTLS on 143 is fine', { port: 143, tls: 'starttls' }, []],
    ['no TLS to a real host would send the password in clear', { tls: 'none', port: 143 }, ['tls']],
    ['no TLS to loopback is allowed (local bridge, tests)', { tls: 'none', host: '127.0.0.1' }, []],
    ['no TLS to localhost is allowed', { tls: 'none', host: 'localhost' }, []],
    ['empty host', { host: '  ' }, ['host']],
    ['a URL pasted as host', { host: 'imaps://imap.example.jp' }, ['host']],
    ['port 0', { port: 0 }, ['port']],
    ['port above 65535', { port: 70_000 }, ['port']],
    ['fractional port', { port: 99.5 }, ['port']],
    ['empty user', { user: '' }, ['user']],
  ])('%s', (_why, over, fields) => {
    expect(checkServerSettings({ ...base, ...over }).map((p) => p.field)).toEqual(fields);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['LOCALHOST', true],
    ['localhost.evil.com', false],
    ['10.0.0.1', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
