import { connect, createServer } from 'node:net';
import type { Server } from 'node:net';

/**
 * Ports the kernel hands out for bind(0), released again for the server to take. Another
 * process may grab one in between, so callers retry on EADDRINUSE.
 */
export async function freePorts(count: number): Promise<number[]> {
  // Hold all listeners open together so the kernel cannot return the same port twice.
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((s) => {
      const address = s.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      return address.port;
    });
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/**
 * Resolves once Dovecot greets with `* OK [CAPABILITY`. The first line may instead be
 * "Waiting for authentication process to respond" while auth starts, so read on.
 */
export async function waitForImapGreeting(
  port: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!signal.aborted) {
    if (Date.now() > deadline) throw new Error(`no IMAP greeting on port ${port} within ${timeoutMs} ms`);
    if (await greets(port, Math.max(deadline - Date.now(), 1))) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function greets(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let buffer = '';
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (/^\* OK \[CAPABILITY/m.test(buffer)) done(true);
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(false));
  });
}

/** Polls `check` (10 ms steps, 5 s at most) so tests wait for a condition, not for a guessed time. */
export async function waitUntil(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}
