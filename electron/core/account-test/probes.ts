import { lookup } from 'node:dns/promises';
import { isIP, Socket } from 'node:net';
import { checkServerIdentity, connect as tlsConnect, rootCertificates, type TLSSocket } from 'node:tls';

/**
 * The low-level steps of "test connection", each on its own so the first one that fails is the
 * one reported: name lookup, TCP, TLS handshake (implicit, or after an RFC 2595 STARTTLS), and
 * then certificate verification — done after a handshake that accepted any certificate, so an
 * untrusted certificate is told apart from a TLS protocol failure.
 */

export class ProbeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProbeError';
  }
}

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ProbeError('timeout', `${what}: no answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function resolveHost(host: string, timeoutMs: number): Promise<string> {
  if (isIP(host)) return host;
  try {
    const { address } = await withTimeout(lookup(host), timeoutMs, () => undefined, 'DNS lookup');
    return address;
  } catch (error) {
    if (error instanceof ProbeError) throw new ProbeError('dns-failed', error.message);
    throw new ProbeError('dns-failed', `${host}: ${errnoOf(error) || messageOf(error)}`);
  }
}

const tcpCodes: Record<string, string> = {
  ECONNREFUSED: 'connection-refused',
  EHOSTUNREACH: 'connection-refused',
  ENETUNREACH: 'connection-refused',
  ETIMEDOUT: 'timeout',
};

export function connectTcp(address: string, port: number, timeoutMs: number): Promise<Socket> {
  const socket = new Socket();
  const connected = new Promise<Socket>((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('error', (error) => {
      const code = errnoOf(error);
      reject(
        new ProbeError(tcpCodes[code] ?? 'tcp-failed', `${address}:${port}: ${code || messageOf(error)}`),
      );
    });
  });
  socket.connect({ host: address, port });
  return withTimeout(connected, timeoutMs, () => socket.destroy(), `TCP connect to ${address}:${port}`);
}

/** Reads CRLF lines until `done` says stop; resolves with the lines read. */
function readLines(socket: Socket, done: (line: string) => boolean, timeoutMs: number, what: string) {
  let buffer = '';
  const lines: string[] = [];
  const cleanup = (): void => {
    socket.removeAllListeners('data');
    socket.removeAllListeners('end');
  };
  const work = new Promise<string[]>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (let at = buffer.indexOf('\r\n'); at >= 0; at = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        lines.push(line);
        if (done(line)) {
          cleanup();
          resolve(lines);
          return;
        }
      }
    });
    socket.once('end', () => {
      cleanup();
      reject(new ProbeError('tls-failed', `${what}: the server closed the connection`));
    });
  });
  return withTimeout(work, timeoutMs, cleanup, what);
}

/** RFC 2595 §3.1: greeting, `STARTTLS`, tagged OK, then the TLS handshake on the same socket. */
export async function startTls(socket: Socket, timeoutMs: number): Promise<void> {
  const [greeting = ''] = await readLines(socket, () => true, timeoutMs, 'IMAP greeting');
  if (!/^\* (OK|PREAUTH)\b/i.test(greeting)) {
    throw new ProbeError('server-error', `Unexpected greeting: ${greeting.slice(0, 200)}`);
  }
  socket.write('T1 STARTTLS\r\n');
  const lines = await readLines(socket, (l) => /^T1 /i.test(l), timeoutMs, 'STARTTLS');
  const tagged = lines[lines.length - 1] ?? '';
  if (!/^T1 OK\b/i.test(tagged)) {
    throw new ProbeError('starttls-unsupported', `The server refused STARTTLS: ${tagged.slice(0, 200)}`);
  }
}

export interface TlsOutcome {
  socket: TLSSocket;
  /** null when the certificate verified (chain and host name). */
  certificateError: string | null;
}

/** Handshake accepting any certificate; the verification result is returned, not thrown. */
export function handshake(
  socket: Socket,
  host: string,
  caPem: string | null,
  timeoutMs: number,
): Promise<TlsOutcome> {
  let tls: TLSSocket | undefined;
  const work = new Promise<TlsOutcome>((resolve, reject) => {
    const secure = tlsConnect({
      socket,
      // SNI never carries an IP address (RFC 6066 §3); the identity check below still uses it.
      servername: isIP(host) ? undefined : host,
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
      ca: caPem ? [...rootCertificates, caPem] : undefined,
      checkServerIdentity: (_name, cert) => checkServerIdentity(host, cert),
    });
    tls = secure;
    secure.once('secureConnect', () => {
      const certificateError = secure.authorized ? null : String(secure.authorizationError ?? 'UNKNOWN');
      resolve({ socket: secure, certificateError });
    });
    secure.once('error', (error) =>
      reject(new ProbeError('tls-failed', `TLS handshake failed: ${errnoOf(error) || messageOf(error)}`)),
    );
  });
  return withTimeout(work, timeoutMs, () => tls?.destroy(), 'TLS handshake');
}

/** Stable codes for the UI: what kind of distrust, in words a shop owner can act on. */
export function certificateCode(opensslCode: string): string {
  switch (opensslCode) {
    case 'CERT_HAS_EXPIRED':
      return 'cert-expired';
    case 'CERT_NOT_YET_VALID':
      return 'cert-not-yet-valid';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'HOSTNAME_MISMATCH':
      return 'cert-hostname';
    default:
      return 'cert-untrusted';
  }
}
