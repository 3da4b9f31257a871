import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestTls {
  /** Self-signed certificate; it is also the CA clients must trust. */
  certPem: string;
  keyPem: string;
}

let cached: Promise<TestTls> | undefined;

/**
 * One self-signed EC certificate per test process (openssl takes ~20 ms, but hundreds of
 * servers add up). The SAN carries IP:127.0.0.1 so clients that connect by IP — including
 * through the fault proxy on 127.0.0.1 — verify it with `ca: certPem`.
 */
export function getTestTls(): Promise<TestTls> {
  cached ??= makeCert().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function makeCert(): Promise<TestTls> {
  const dir = await mkdtemp(join(tmpdir(), 'helpdesk-tls-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '3650',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ]).catch((error: unknown) => {
      throw new Error(
        `openssl failed to make the test certificate (run \`npm run test:setup\`): ${String(error)}`,
      );
    });
    const [certPem, keyPem] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
    return { certPem, keyPem };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
