import type { Socket } from 'node:net';
import type { ServerSettings } from '../../../shared/domain/account.js';
import { checkServerSettings, type ServerSettingsProblem } from '../../../shared/domain/account.js';
import { ApiFailure } from '../../../shared/api/result.js';
import { connectImap } from '../mail/imap-client.js';
import { loadCaPem } from '../mail/imap-account.js';
import { certificateCode, connectTcp, handshake, ProbeError, resolveHost, startTls } from './probes.js';

export type TestStepName = 'dns' | 'tcp' | 'tls' | 'certificate' | 'login' | 'capability';

export interface TestStep {
  step: TestStepName;
  ok: boolean;
  /** Stable code the UI translates: 'ok', 'skipped', or what went wrong (see probes.ts). */
  code: string;
  /** Technical detail in English, for the "details" disclosure and support. */
  message: string;
  /** Extra facts worth showing (capability: QRESYNC, CONDSTORE, IDLE). */
  info: string[];
}

export interface AccountTestResult {
  steps: TestStep[];
  ok: boolean;
}

export interface AccountTestOptions {
  /** Per step; the whole test takes at most about five of these. */
  timeoutMs?: number;
}

const OPTIONAL_CAPABILITIES = ['QRESYNC', 'CONDSTORE', 'IDLE'] as const;

/** A settings problem is reported on the step it would have broken. */
const settingsStep: Record<ServerSettingsProblem['field'], TestStepName> = {
  host: 'dns',
  port: 'tcp',
  tls: 'tls',
  user: 'login',
};

function codeOf(error: unknown): { code: string; message: string } {
  if (error instanceof ProbeError) return { code: error.code, message: error.message };
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Runs the steps in order and stops at the first failure, so the report names exactly one
 * culprit. Nothing is saved: the settings and password are only used for this test.
 */
export async function testImapAccount(
  server: ServerSettings,
  password: string,
  options: AccountTestOptions = {},
): Promise<AccountTestResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const steps: TestStep[] = [];
  const pass = (step: TestStepName, message: string, code = 'ok', info: string[] = []): void => {
    steps.push({ step, ok: true, code, message, info });
  };
  const failed = (step: TestStepName, error: unknown): AccountTestResult => {
    steps.push({ step, ok: false, ...codeOf(error), info: [] });
    return { steps, ok: false };
  };
  const host = server.host.trim();
  const problem = checkServerSettings(server)[0];
  if (problem) {
    return failed(
      settingsStep[problem.field],
      new ProbeError('invalid-settings', `${problem.field}: ${problem.reason}`),
    );
  }

  let address: string;
  try {
    address = await resolveHost(host, timeoutMs);
    pass('dns', `${host} → ${address}`);
  } catch (error) {
    return failed('dns', error);
  }

  let socket: Socket;
  try {
    socket = await connectTcp(address, server.port, timeoutMs);
    pass('tcp', `Connected to ${address}:${server.port}`);
  } catch (error) {
    return failed('tcp', error);
  }

  let caPem: string | null = null;
  try {
    if (server.tls === 'none') {
      pass('tls', 'Plain connection (allowed on this computer only)', 'skipped');
      pass('certificate', 'No TLS, no certificate', 'skipped');
    } else {
      if (server.tls === 'starttls') await startTls(socket, timeoutMs);
      try {
        caPem = await loadCaPem(server.caFile);
      } catch (error) {
        return failed('certificate', new ProbeError('ca-file-invalid', codeOf(error).message));
      }
      const { socket: secure, certificateError } = await handshake(socket, host, caPem, timeoutMs);
      pass('tls', `${secure.getProtocol() ?? 'TLS'} ${secure.getCipher().name}`);
      secure.destroy();
      if (certificateError !== null) {
        return failed('certificate', new ProbeError(certificateCode(certificateError), certificateError));
      }
      pass('certificate', 'The server certificate is trusted and matches the host name');
    }
  } catch (error) {
    return failed('tls', error);
  } finally {
    socket.destroy();
  }

  let capabilities: Map<string, boolean | number>;
  try {
    const client = await connectImap({
      server,
      password,
      caPem,
      timeouts: { connectMs: timeoutMs, greetingMs: timeoutMs, socketMs: timeoutMs },
    });
    capabilities = new Map([...client.capabilities].map(([k, v]) => [k.toUpperCase(), v]));
    await client.logout().catch(() => client.close());
    pass('login', `Logged in as ${server.user}`);
  } catch (error) {
    return failed('login', error);
  }

  if (!capabilities.has('IMAP4REV1') && !capabilities.has('IMAP4REV2')) {
    return failed('capability', new ProbeError('imap4rev1-missing', 'The server does not speak IMAP4rev1'));
  }
  const present = OPTIONAL_CAPABILITIES.filter((c) => capabilities.has(c));
  pass('capability', `IMAP4rev1${present.map((c) => `, ${c}`).join('')}`, 'ok', present);
  return { steps, ok: true };
}
