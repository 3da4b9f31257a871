import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseFetched, type AnalyseRequest, type AnalyseResult } from './analyse-message.js';
import { MAX_GROUP, type ParseJob, type ParseReply } from './parse-protocol.js';

interface Pending {
  worker: Worker;
  resolve: (result: AnalyseResult) => void;
  reject: (error: Error) => void;
  request: AnalyseRequest;
}

/**
 * The worker: the bundled `parse-worker.js` beside the main bundle when built (electron-vite emits
 * it as an entry of the main build), or, when running from sources (tsx, vitest), the `.ts` file
 * loaded through tsx's API — Node 20 does not apply a parent's --import loader to a worker's
 * entry module, so the worker registers tsx itself before importing it.
 */
function createWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url));
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Parses fetched messages on worker threads so the sync's main thread keeps reading the socket.
 * If a worker cannot start (no worker support, a missing bundle file) or dies, the work falls
 * back to this thread: slower, never lost.
 */
export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load = new Map<Worker, number>();
  /** Jobs not yet posted, per worker: sent as one group at the next turn or when full. */
  private readonly outbox = new Map<Worker, ParseJob[]>();
  private seq = 0;
  private broken = false;

  constructor(size = Math.max(1, Math.min(3, availableParallelism() - 1))) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  analyse(request: AnalyseRequest): Promise<AnalyseResult> {
    const worker = this.pickWorker();
    if (!worker) return analyseFetched(request);
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { worker, resolve, reject, request });
      this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
      this.enqueue(worker, { ...request, seq });
    });
  }

  private enqueue(worker: Worker, job: ParseJob): void {
    const jobs = this.outbox.get(worker) ?? [];
    jobs.push(job);
    this.outbox.set(worker, jobs);
    // Messages a socket read delivers together go in one group; a full group goes at once.
    if (jobs.length >= MAX_GROUP) this.flush(worker);
    else if (jobs.length === 1) setImmediate(() => this.flush(worker));
  }

  private flush(worker: Worker): void {
    const jobs = this.outbox.get(worker);
    if (!jobs || jobs.length === 0) return;
    this.outbox.set(worker, []);
    worker.postMessage(jobs);
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private pickWorker(): Worker | undefined {
    if (this.broken) return undefined;
    let best: Worker | undefined;
    for (const w of this.workers) if (!best || (this.load.get(w) ?? 0) < (this.load.get(best) ?? 0)) best = w;
    return best;
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = createWorker();
    } catch {
      this.broken = true;
      return;
    }
    worker.unref();
    this.workers.push(worker);
    this.load.set(worker, 0);
    worker.on('message', (replies: ParseReply[]) => {
      for (const reply of replies) this.settle(worker, reply);
    });
    worker.on('error', () => this.retire(worker));
    worker.on('exit', () => this.retire(worker));
  }

  private settle(worker: Worker, reply: ParseReply): void {
    const job = this.pending.get(reply.seq);
    if (!job) return;
    this.pending.delete(reply.seq);
    this.load.set(worker, Math.max(0, (this.load.get(worker) ?? 1) - 1));
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.result);
  }

  /** A dead worker's jobs, sent or still waiting to be, are redone on this thread; none is dropped. */
  private retire(worker: Worker): void {
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    this.outbox.delete(worker);
    if (this.workers.length === 0) this.broken = true;
    for (const [seq, job] of this.pending) {
      if (job.worker !== worker) continue;
      this.pending.delete(seq);
      analyseFetched(job.request).then(job.resolve, job.reject);
    }
  }
}
