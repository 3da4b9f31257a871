import { rootCertificates } from 'node:tls';
import { isIP } from 'node:net';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { ServerSettings } from '../../../shared/domain/account.js';
import { checkServerSettings } from '../../../shared/domain/account.js';
import { MAX_MESSAGE_BYTES } from '../../../shared/domain/download-plan.js';
import { HelpdeskError } from '../errors.js';
import { classifyConnectionError } from './connection-errors.js';

export interface ImapTimeouts {
  /** DNS + TCP + TLS budget. */
  connectMs: number;
  greetingMs: number;
  /** Inactivity before a command counts as hung (imapflow's default is 5 minutes: far too long). */
  socketMs: number;
}

export const defaultImapTimeouts: ImapTimeouts = { connectMs: 20_000, greetingMs: 15_000, socketMs: 60_000 };

export interface ImapConnectOptions {
  server: ServerSettings;
  password: string;
  /** Extra CA in PEM, trusted in addition to the system store (never instead of verification). */
  caPem?: string | null;
  timeouts?: Partial<ImapTimeouts>;
  /** Largest message downloaded whole (MAX_MESSAGE_BYTES); tests lower it to stay small. */
  maxMessageBytes?: number;
}

/**
 * Longest response line without a literal. A `* SEARCH` of 100,000 UIDs is ~700 KB; imapflow's
 * own bound (1 GB) would let a server that never ends a line fill memory.
 */
const MAX_LINE_BYTES = 32 * 1024 * 1024;

/** imapflow options for our settings: TLS always verified, QRESYNC asked for, our own timeouts. */
export function imapOptions(options: ImapConnectOptions): ImapFlowOptions {
  const { server } = options;
  const problems = checkServerSettings(server);
  if (problems.length > 0) {
    const fields = problems.map((p) => `${p.field} (${p.reason})`).join(', ');
    throw new HelpdeskError('invalid-request', `IMAP settings are not usable: ${fields}`);
  }
  const timeouts = { ...defaultImapTimeouts, ...options.timeouts };
  const maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const host = server.host.trim();
  return {
    host,
    port: server.port,
    secure: server.tls === 'implicit',
    doSTARTTLS: server.tls === 'starttls' ? true : server.tls === 'none' ? false : undefined,
    // SNI must not carry an IP address (RFC 6066 3); the certificate is still checked against it.
    servername: isIP(host) ? undefined : host,
    tls: {
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
      // `ca` replaces Node's store, so keep the system roots and add the shop's own CA.
      ca: options.caPem ? [...rootCertificates, options.caPem] : undefined,
    },
    auth: { user: server.user, pass: options.password },
    qresync: true,
    logger: false,
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    clientInfo: { name: 'Seller Helpdesk' },
    // A literal over the limit is refused at its `{size}` marker, before any of it is buffered,
    // and the connection is dropped: the sync then fetches that message's headers only.
    maxLiteralSize: maxMessageBytes,
    maxLineLength: MAX_LINE_BYTES,
    // One message per FETCH response at most holds the literal plus its framing.
    maxResponseSize: maxMessageBytes + MAX_LINE_BYTES,
  };
}

/**
 * The last 'error' event of each client. On a socket timeout imapflow emits ETIMEOUT there and
 * then fails the pending command with a bare NoConnection, which alone would read as 'offline'.
 */
const lastErrors = new WeakMap<ImapFlow, unknown>();

/** Why a command on `client` failed: the connection's own reason (a timeout) over a generic drop. */
export function commandFailure(error: unknown, client: ImapFlow | null): HelpdeskError {
  const failure = classifyConnectionError(error, 'IMAP');
  const cause = client ? lastErrors.get(client) : undefined;
  if (failure.code !== 'offline' || cause === undefined) return failure;
  const underlying = classifyConnectionError(cause, 'IMAP');
  return underlying.code === 'timeout' ? underlying : failure;
}

/** The largest literal the connection accepts: what the sync may download whole. */
export function downloadLimitOf(client: ImapFlow): number {
  const limit = client.options.maxLiteralSize;
  return typeof limit === 'number' && limit >= 0 ? limit : MAX_MESSAGE_BYTES;
}

/** True when the connection was dropped because the server announced a literal over the limit. */
export function brokeSizeLimit(client: ImapFlow): boolean {
  const cause = lastErrors.get(client);
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === 'LiteralTooLarge';
}

/** Connects and logs in; failures come back as HelpdeskError with a code the UI can explain. */
export async function connectImap(options: ImapConnectOptions): Promise<ImapFlow> {
  const client = new ImapFlow(imapOptions(options));
  // An 'error' event without a listener would crash the process; failures surface through
  // the pending command instead, and the 'close' event drives reconnection.
  client.on('error', (error: unknown) => lastErrors.set(client, error));
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.close();
    throw classifyConnectionError(error, 'IMAP');
  }
}
