import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';

export interface FaultProxy {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Connections open right now. */
  readonly connections: number;
  /** Connections accepted since the proxy started (reconnect tests count these). */
  readonly totalConnections: number;
  /** Bytes read but not yet forwarded (held by hang() or latency): lets tests wait without sleeping. */
  readonly heldBytes: number;
  /** After `n` more server→client bytes on a connection, close both sides (from now, and for new connections). */
  cutAfterBytes(n: number): void;
  /** Delay every chunk in both directions by `ms`, keeping order. */
  addLatency(ms: number): void;
  /**
   * Pace each direction to `bytesPerSecond`, like a real link, so benchmarks can show what a
   * seller's connection does to a sync; the sender is paused while its lane holds more than
   * LANE_WINDOW bytes, as TCP flow control would. `undefined` lifts the limit.
   */
  limitRate(bytesPerSecond: number | undefined): void;
  /**
   * Play a lying server: every server→client line (CRLF included, bytes as latin1) goes through
   * `edit` on its way, on connections opened from now. `undefined` stops it. A line's tail is held
   * until its end arrives, so a pattern split across TCP chunks is still seen whole.
   */
  rewriteServerLines(edit: ((line: string) => string) | undefined): void;
  /** Stop forwarding silently; sockets stay open (the client sees a dead peer, not a close). */
  hang(): void;
  /** New connections are reset at once; open ones are untouched. */
  refuse(): void;
  /** Close every open connection now (both sides), like a server restart or a NAT drop. */
  dropAll(): void;
  /** Back to a transparent proxy; anything held back by hang() is delivered. */
  heal(): void;
  close(): Promise<void>;
}

interface Pipe {
  client: Socket;
  server: Socket;
  /** Server→client bytes still allowed before the cut; undefined = no cut. */
  budget: number | undefined;
  toClient: Lane;
  toServer: Lane;
  /** The rewriter of this connection and the start of a server line not yet ended. */
  rewrite: { edit: (line: string) => string; partial: string } | undefined;
}

interface Lane {
  /** The socket this lane reads from: paused while the lane is full under a rate limit. */
  from: Socket;
  queue: Array<{ due: number; chunk: Buffer }>;
  timer: NodeJS.Timeout | undefined;
  /** Bytes queued and not yet written. */
  held: number;
  /** When the paced link is next free to start sending (ms since the epoch). */
  free: number;
}

/**
 * How much a rate-limited lane holds (in flight and waiting) before pausing its sender: an
 * auto-tuned TCP window, far above the bandwidth × delay of any link a bench simulates, so the
 * window never becomes the limit.
 */
const LANE_WINDOW = 4 * 1024 * 1024;

/** A TCP proxy on 127.0.0.1 for fault injection (Debian has no toxiproxy). */
export async function startFaultProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<FaultProxy> {
  const pipes = new Set<Pipe>();
  let total = 0;
  let cutAfter: number | undefined;
  let latency = 0;
  let rate: number | undefined;
  let hung = false;
  let refusing = false;
  let rewriteLines: ((line: string) => string) | undefined;

  const rewritten = (pipe: Pipe, chunk: Buffer): Buffer => {
    if (!pipe.rewrite) return chunk;
    const lines = (pipe.rewrite.partial + chunk.toString('latin1')).split(/(?<=\n)/);
    const last = lines[lines.length - 1] ?? '';
    pipe.rewrite.partial = last.endsWith('\n') ? '' : (lines.pop() ?? '');
    return Buffer.from(lines.map(pipe.rewrite.edit).join(''), 'latin1');
  };

  const pump = (pipe: Pipe, lane: Lane, to: Socket): void => {
    clearTimeout(lane.timer);
    lane.timer = undefined;
    if (hung || !pipes.has(pipe)) return;
    const now = Date.now();
    while (lane.queue.length > 0 && !to.destroyed) {
      const head = lane.queue[0];
      if (head === undefined) break;
      if (head.due > now) {
        lane.timer = setTimeout(() => pump(pipe, lane, to), head.due - now);
        return;
      }
      lane.queue.shift();
      lane.held -= head.chunk.length;
      if (lane === pipe.toClient && pipe.budget !== undefined) {
        if (head.chunk.length >= pipe.budget) {
          cut(pipe, head.chunk.subarray(0, pipe.budget));
          return;
        }
        pipe.budget -= head.chunk.length;
      }
      to.write(head.chunk);
    }
    if (lane.from.isPaused() && lane.held <= LANE_WINDOW / 2) lane.from.resume();
  };

  const cut = (pipe: Pipe, last: Buffer): void => {
    // Forget the pair first so the server's 'close' does not destroy the client mid-flush.
    forget(pipe);
    pipe.server.destroy();
    // Let the final bytes reach the client before the FIN, so it sees exactly n bytes.
    if (last.length > 0) pipe.client.end(last, () => pipe.client.destroy());
    else pipe.client.destroy();
  };

  const forget = (pipe: Pipe): boolean => {
    clearTimeout(pipe.toClient.timer);
    clearTimeout(pipe.toServer.timer);
    return pipes.delete(pipe);
  };

  const forward = (pipe: Pipe, lane: Lane, to: Socket, chunk: Buffer): void => {
    if (!pipes.has(pipe)) return;
    const now = Date.now();
    let sent = now;
    if (rate !== undefined) {
      // The chunk leaves when the link is free and arrives once all of it has crossed.
      lane.free = Math.max(now, lane.free) + (chunk.length * 1000) / rate;
      sent = lane.free;
      if (lane.held + chunk.length > LANE_WINDOW) lane.from.pause();
    }
    lane.queue.push({ due: sent + latency, chunk });
    lane.held += chunk.length;
    if (lane.timer === undefined) pump(pipe, lane, to);
  };

  const listener = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    total += 1;
    const server = connect(targetPort, targetHost);
    const pipe: Pipe = {
      client,
      server,
      budget: cutAfter,
      toClient: { from: server, queue: [], timer: undefined, held: 0, free: 0 },
      toServer: { from: client, queue: [], timer: undefined, held: 0, free: 0 },
      rewrite: rewriteLines ? { edit: rewriteLines, partial: '' } : undefined,
    };
    pipes.add(pipe);
    client.on('data', (chunk: Buffer) => forward(pipe, pipe.toServer, server, chunk));
    server.on('data', (chunk: Buffer) => forward(pipe, pipe.toClient, client, rewritten(pipe, chunk)));
    const close = (): void => {
      if (!forget(pipe)) return;
      client.destroy();
      server.destroy();
    };
    // Errors (ECONNRESET, ECONNREFUSED) just end the pair, as a real network would.
    for (const socket of [client, server]) {
      socket.on('error', close);
      socket.on('close', close);
    }
    if (cutAfter === 0) cut(pipe, Buffer.alloc(0));
  });

  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', () => resolve());
  });
  const address = listener.address();
  if (address === null || typeof address === 'string') throw new Error('fault proxy has no port');

  const repump = (): void => {
    for (const pipe of pipes) {
      pump(pipe, pipe.toClient, pipe.client);
      pump(pipe, pipe.toServer, pipe.server);
    }
  };

  return {
    host: '127.0.0.1',
    port: address.port,
    get connections() {
      return pipes.size;
    },
    get totalConnections() {
      return total;
    },
    get heldBytes() {
      let held = 0;
      for (const pipe of pipes) held += pipe.toClient.held + pipe.toServer.held;
      return held;
    },
    cutAfterBytes: (n) => {
      cutAfter = n;
      for (const pipe of [...pipes]) {
        pipe.budget = n;
        if (n === 0) cut(pipe, Buffer.alloc(0));
      }
    },
    addLatency: (ms) => {
      latency = ms;
    },
    limitRate: (bytesPerSecond) => {
      rate = bytesPerSecond;
    },
    rewriteServerLines: (edit) => {
      rewriteLines = edit;
    },
    hang: () => {
      hung = true;
    },
    refuse: () => {
      refusing = true;
    },
    dropAll: () => {
      for (const pipe of [...pipes]) cut(pipe, Buffer.alloc(0));
    },
    heal: () => {
      cutAfter = undefined;
      latency = 0;
      rate = undefined;
      hung = false;
      refusing = false;
      for (const pipe of pipes) {
        pipe.budget = undefined;
        // Chunks queued under latency or a rate limit are due now.
        for (const lane of [pipe.toClient, pipe.toServer]) {
          lane.free = 0;
          for (const item of lane.queue) item.due = 0;
        }
      }
      repump();
    },
    close: async () => {
      for (const pipe of [...pipes]) cut(pipe, Buffer.alloc(0));
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    },
  };
}
