import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testImapAccount, type AccountTestResult } from '../../electron/core/account-test/account-test.js';
import { certificateCode } from '../../electron/core/account-test/probes.js';
import { accountTestResultSchema } from '../../shared/api/schemas/desk-account-test.js';
import type { ServerSettings } from '../../shared/domain/account.js';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { freePorts } from '../support/net-wait.js';

// "Test connection" against a real Dovecot: each broken setting must be blamed on its own step.

let dovecot: DovecotInstance;
let closedPort = 0;

beforeAll(async () => {
  dovecot = await startDovecot();
  [closedPort = 1] = await freePorts(1); // free = nothing listens there
});

afterAll(async () => {
  await dovecot?.stop();
});

function settings(overrides: Partial<ServerSettings> = {}): ServerSettings {
  return {
    host: dovecot.host,
    port: dovecot.imapPort,
    tls: 'starttls',
    user: 'seller',
    caFile: dovecot.caFile,
    ...overrides,
  };
}

const summary = (r: AccountTestResult): string[] => r.steps.map((s) => `${s.step}:${s.ok ? 'ok' : s.code}`);

// [case, settings, password, expected steps, why]
const cases: [string, () => ServerSettings, string, string[], string][] = [
  [
    'good STARTTLS',
    () => settings(),
    'seller-pass',
    ['dns:ok', 'tcp:ok', 'tls:ok', 'certificate:ok', 'login:ok', 'capability:ok'],
    'every step passes',
  ],
  [
    'good implicit TLS',
    () => settings({ tls: 'implicit', port: dovecot.imapsPort }),
    'seller-pass',
    ['dns:ok', 'tcp:ok', 'tls:ok', 'certificate:ok', 'login:ok', 'capability:ok'],
    'IMAPS on its own port',
  ],
  [
    'host name instead of IP',
    () => settings({ host: 'localhost' }),
    'seller-pass',
    ['dns:ok', 'tcp:ok', 'tls:ok', 'certificate:ok', 'login:ok', 'capability:ok'],
    'the certificate names localhost too',
  ],
  [
    'wrong password',
    () => settings(),
    'not-the-password',
    ['dns:ok', 'tcp:ok', 'tls:ok', 'certificate:ok', 'login:auth-failed'],
    'blamed on login, not on the connection',
  ],
  [
    'wrong port',
    () => settings({ port: closedPort }),
    'seller-pass',
    ['dns:ok', 'tcp:connection-refused'],
    'nothing listens: TCP step',
  ],
  [
    'no CA for a self-signed server',
    () => settings({ caFile: null }),
    'seller-pass',
    ['dns:ok', 'tcp:ok', 'tls:ok', 'certificate:cert-untrusted'],
    'handshake works, trust does not',
  ],
  [
    'unknown host',
    () => settings({ host: 'nonexistent.invalid' }),
    'seller-pass',
    ['dns:dns-failed'],
    'RFC 2606 .invalid never resolves',
  ],
  [
    'implicit TLS against the STARTTLS port',
    () => settings({ tls: 'implicit' }),
    'seller-pass',
    ['dns:ok', 'tcp:ok', 'tls:tls-failed'],
    'a plain-text greeting is no TLS handshake',
  ],
];

describe('account:test against Dovecot', () => {
  it.each(cases)('%s -> %j', async (_name, server, password, expected) => {
    const result = await testImapAccount(server(), password, { timeoutMs: 5_000 });
    expect(summary(result)).toEqual(expected);
    expect(result.ok).toBe(expected.every((s) => s.endsWith(':ok')));
    expect(accountTestResultSchema.safeParse(result).success).toBe(true);
  });

  it('reports the optional capabilities the sync uses', async () => {
    const result = await testImapAccount(settings(), 'seller-pass', { timeoutMs: 5_000 });
    const capability = result.steps.find((s) => s.step === 'capability');
    expect(capability?.info).toEqual(expect.arrayContaining(['CONDSTORE', 'QRESYNC', 'IDLE']));
  });

  it('never echoes the password', async () => {
    const result = await testImapAccount(settings(), 'secret-Pa55', { timeoutMs: 5_000 });
    expect(JSON.stringify(result)).not.toContain('secret-Pa55');
  });
});

// [OpenSSL / Node code, UI code, why]
describe('certificate codes', () => {
  it.each<[string, string, string]>([
    ['CERT_HAS_EXPIRED', 'cert-expired', 'renew the certificate'],
    ['CERT_NOT_YET_VALID', 'cert-not-yet-valid', 'clock or certificate date'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'cert-hostname', 'wrong host name for this certificate'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'cert-untrusted', 'self-signed: add the CA'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'cert-untrusted', 'unknown CA'],
  ])('%s -> %s (%s)', (code, expected) => {
    expect(certificateCode(code)).toBe(expected);
  });
});
