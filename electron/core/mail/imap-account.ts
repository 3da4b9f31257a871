import { readFile } from 'node:fs/promises';
import type { ServerSettings } from '../../../shared/domain/account.js';
import { HelpdeskError } from '../errors.js';
import type { ImapConnectOptions, ImapTimeouts } from './imap-client.js';

/** Reads the optional CA file named in the settings; a missing or non-PEM file is a clear error. */
export async function loadCaPem(caFile: string | null): Promise<string | null> {
  if (caFile === null) return null;
  let pem: string;
  try {
    pem = await readFile(caFile, 'utf8');
  } catch (error) {
    throw new HelpdeskError('invalid-request', `CA file cannot be read: ${caFile}`, String(error));
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new HelpdeskError('invalid-request', `CA file is not a PEM certificate: ${caFile}`);
  }
  return pem;
}

export async function imapConnectOptions(
  server: ServerSettings,
  password: string | null,
  timeouts?: Partial<ImapTimeouts>,
): Promise<ImapConnectOptions> {
  if (password === null || password === '') {
    throw new HelpdeskError('auth-failed', 'No IMAP password is saved for this account');
  }
  return { server, password, caPem: await loadCaPem(server.caFile), timeouts };
}
