/** Mail server settings of the shop's account. Passwords are never part of these: see SecretStore. */

export type TlsMode = 'implicit' | 'starttls' | 'none';

export interface ServerSettings {
  host: string;
  port: number;
  tls: TlsMode;
  user: string;
  /** Path of a PEM file with an extra CA to trust (a shop's own server); null: system CAs only. */
  caFile: string | null;
}

export interface AccountSettings {
  imap: ServerSettings;
  smtp: ServerSettings;
}

export type ServerSettingsProblem =
  | { field: 'host'; reason: 'empty' | 'invalid' }
  | { field: 'port'; reason: 'out-of-range' }
  | { field: 'user'; reason: 'empty' }
  | { field: 'tls'; reason: 'plaintext-off-loopback' };

const loopbackHosts = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return loopbackHosts.has(h) || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** Checks one server's settings; an empty list means usable. */
export function checkServerSettings(settings: ServerSettings): ServerSettingsProblem[] {
  const problems: ServerSettingsProblem[] = [];
  const host = settings.host.trim();
  if (host === '') problems.push({ field: 'host', reason: 'empty' });
  else if (/[\s/@?#]/.test(host)) problems.push({ field: 'host', reason: 'invalid' });
  if (!Number.isInteger(settings.port) || settings.port < 1 || settings.port > 65_535) {
    problems.push({ field: 'port', reason: 'out-of-range' });
  }
  if (settings.user.trim() === '') problems.push({ field: 'user', reason: 'empty' });
  // A password in clear over a real network is never acceptable; loopback is for local bridges and tests.
  if (settings.tls === 'none' && host !== '' && !isLoopbackHost(host)) {
    problems.push({ field: 'tls', reason: 'plaintext-off-loopback' });
  }
  return problems;
}
