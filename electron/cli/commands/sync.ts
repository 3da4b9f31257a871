import { parseArgs } from 'node:util';
import type { ServerSettings } from '../../../shared/domain/account.js';
import { HelpdeskError } from '../../core/errors.js';
import { imapConnectOptions } from '../../core/mail/imap-account.js';
import { openStore } from '../../core/store/index.js';
import { createSyncService } from '../../core/sync-factory.js';
import { EnvSecretStore } from '../../core/secrets/env-secret-store.js';
import { parseImapUrl, parseTlsMode } from '../imap-url.js';
import { CliError, usageExit, type CliIo } from '../output.js';
import { describeStoreReport, requireDataDir } from './common.js';
import { ThreadKeeper } from '../../core/mail/thread-keeper.js';

function serverFrom(
  imap: string | undefined,
  tls: string | undefined,
  ca: string | undefined,
): ServerSettings {
  if (!imap) throw new CliError('sync needs --imap imap://USER@HOST:PORT', usageExit);
  try {
    return parseImapUrl(imap, parseTlsMode(tls), ca ?? null);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), usageExit);
  }
}

export async function syncCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      imap: { type: 'string' },
      tls: { type: 'string' },
      ca: { type: 'string' },
      'password-env': { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
    strict: true,
  });
  const dataDir = requireDataDir(values['data-dir']);
  const server = serverFrom(values.imap, values.tls, values.ca);
  const passwordVar = values['password-env'];
  if (!passwordVar)
    throw new CliError('sync needs --password-env VAR (the password is read from that variable)', usageExit);
  const password = await new EnvSecretStore({ imap: passwordVar }, io.env).get('imap');
  if (password === null)
    throw new CliError(`the environment variable ${passwordVar} is empty or not set`, usageExit);
  const timeoutMs = values['timeout-ms'] ? Number(values['timeout-ms']) : undefined;
  const timeouts = timeoutMs
    ? { socketMs: timeoutMs, connectMs: timeoutMs, greetingMs: timeoutMs }
    : undefined;

  const { store, report } = await openStore(dataDir);
  for (const line of describeStoreReport(report)) io.err(line);
  const service = createSyncService({
    store,
    threads: new ThreadKeeper(store),
    clock: { now: () => new Date() },
    connectOptions: () => imapConnectOptions(server, password, timeouts),
    onProgress: (p) => io.err(`${p.mailbox}: ${p.done}/${p.total}`),
  });
  try {
    const summary = await service.syncNow();
    const line = { ok: true, inbox: summary.inbox, sent: summary.sent, durationMs: summary.durationMs };
    io.out(JSON.stringify({ ...line, messages: store.messageCount }));
    return 0;
  } catch (error) {
    if (!(error instanceof HelpdeskError)) throw error;
    io.out(JSON.stringify({ ok: false, error: { code: error.code, message: error.message } }));
    const detail = error.detail ? ` (${error.detail})` : '';
    throw new CliError(`sync failed: ${error.message}${detail}`);
  } finally {
    await service.stop();
    await store.close();
  }
}
