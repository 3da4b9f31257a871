import type { ServerSettings, TlsMode } from '../../shared/domain/account.js';

const tlsModes: readonly TlsMode[] = ['implicit', 'starttls', 'none'];

export function parseTlsMode(value: string | undefined): TlsMode {
  if (value === undefined) return 'implicit';
  if ((tlsModes as readonly string[]).includes(value)) return value as TlsMode;
  throw new Error(`--tls must be one of ${tlsModes.join(', ')} (got "${value}")`);
}

/**
 * `imap://USER@HOST:PORT` → server settings. The user may itself be an address: write its `@`
 * as `%40` or leave it raw — the last `@` separates user from host.
 */
export function parseImapUrl(url: string, tls: TlsMode, caFile: string | null): ServerSettings {
  const match = /^imaps?:\/\/(.+)@([^@/:]+|\[[^\]]+\])(?::(\d+))?\/?$/i.exec(url.trim());
  if (!match) throw new Error(`--imap must look like imap://USER@HOST:PORT (got "${url}")`);
  const [, rawUser = '', host = '', rawPort] = match;
  let user: string;
  try {
    user = decodeURIComponent(rawUser);
  } catch {
    throw new Error(`--imap has a badly escaped user name: "${rawUser}"`);
  }
  const port = rawPort ? Number(rawPort) : tls === 'implicit' ? 993 : 143;
  return { host: host.replace(/^\[|\]$/g, ''), port, tls, user, caFile };
}
