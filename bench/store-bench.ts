import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MessageMeta } from '../shared/domain/message.js';
import { openStore } from '../electron/core/store/index.js';
import type { IncomingMessage } from '../electron/core/store/index.js';

export interface StoreBenchResult {
  /** Wall time of openStore in a fresh process, as at app start (the seeding process's heap would skew it). */
  openMs: number;
  /** CPU time of that open (all threads): steadier than wall time on a shared machine. */
  openCpuMs: number;
  flagPersistP95Ms: number;
  flagPersistP50Ms: number;
  /** RSS of that fresh process right after the open (after a GC when run with --expose-gc). */
  rssMb: number;
  writeMessagesMs: number;
  /** 1-minute load average when the open ran: figures from a busy machine are not comparable. */
  loadAverage: number;
}

interface OpenFigures {
  openMs: number;
  openCpuMs: number;
  rssMb: number;
}

const OPEN_CHILD = '--store-bench-open';

/** Child side: open the seeded store once and report. */
async function openOnce(dir: string): Promise<OpenFigures> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const { store } = await openStore(dir);
  const openMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  (globalThis as { gc?: () => void }).gc?.();
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  await store.close();
  return { openMs, openCpuMs: (used.user + used.system) / 1000, rssMb };
}

function openInFreshProcess(dir: string): Promise<OpenFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [OPEN_CHILD, dir], {
      execArgv: [...process.execArgv, '--expose-gc'],
    });
    child.once('message', (m) => resolve(m as OpenFigures));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`store open child exited with ${code}`));
    });
  });
}

if (process.argv[2] === OPEN_CHILD && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await openOnce(process.argv[3] ?? '');
  process.send?.(figures, () => process.exit(0));
}

const SUBJECTS = [
  '商品の色について質問があります',
  '注文した商品がまだ届きません',
  'Item arrived damaged - need a replacement',
  '返品・返金の手続きについて',
  'Question about compatibility with iPhone 15',
  'ありがとうございました。無事に届きました',
  '配送予定日を教えてください',
  'Wrong size received, can I exchange?',
];
const SNIPPET_JA =
  'お世話になっております。先日注文した商品について確認させてください。届いた箱が少し潰れていて、中の商品に傷があるようです。交換または返品は可能でしょうか。';
const SNIPPET_EN =
  'Hello, I ordered this item last week and it arrived today, but the left earbud does not charge at all. Could you help me?';

const BENCH_VERDICTS: MessageMeta['triage'][] = [
  {
    category: 'complaint',
    confidence: 0.93,
    uncertain: false,
    cues: ['does not charge'],
    signals: ['defect'],
  },
  { category: 'inquiry', confidence: 0.81, uncertain: false, cues: ['Could you help'], signals: [] },
  { category: 'complaint', confidence: 0.55, uncertain: true, cues: ['返品'], signals: ['refund'] },
  { category: 'thanks', confidence: 0.88, uncertain: false, cues: ['ありがとう'], signals: [] },
];

function syntheticMessage(uid: number, uidValidity: string): IncomingMessage {
  const date = new Date(Date.UTC(2024, 0, 1) + uid * 7 * 60_000).toISOString();
  const ja = uid % 3 !== 0;
  const buyer = `${(uid % 5000).toString(36).padStart(15, 'q')}@marketplace.amazon.com`;
  const orderId = `503-${String(1000000 + (uid % 9000000)).slice(0, 7)}-${String(uid).padStart(7, '0')}`;
  const raw = Buffer.from(
    `Message-ID: <${uid}.bench@marketplace.amazon.com>\r\nSubject: ${SUBJECTS[uid % SUBJECTS.length]}\r\n\r\n${(ja ? SNIPPET_JA : SNIPPET_EN).repeat(20)}`,
  );
  const meta: MessageMeta = {
    id: `inbox:${uidValidity}:${uid}`,
    mailbox: 'inbox',
    mailboxPath: 'INBOX',
    uid,
    uidValidity,
    messageId: `${uid}.bench@marketplace.amazon.com`,
    inReplyTo: null,
    references: [],
    date,
    internalDate: date,
    from: { name: ja ? '山田 太郎 - Amazon Marketplace' : 'John Smith - Amazon Marketplace', address: buyer },
    to: [{ name: '', address: 'support@seller.example.jp' }],
    subject: `${SUBJECTS[uid % SUBJECTS.length]} (注文番号: ${orderId})`,
    snippet: (ja ? SNIPPET_JA : SNIPPET_EN).slice(0, 120),
    language: ja ? 'ja' : 'en',
    orderIds: [orderId],
    buyer: { address: buyer, name: ja ? '山田 太郎' : 'John Smith' },
    automated: 'none',
    attachments: [],
    hasHtml: uid % 2 === 0,
    flags: uid % 4 === 0 ? [] : ['\\Seen'],
    modseq: String(uid * 3),
    size: raw.length,
    threadId: `t-${uid}`,
    parseError: null,
    charset: ja ? 'iso-2022-jp' : 'utf-8',
    sha256: createHash('sha256').update(raw).digest('hex'),
    expungedAt: null,
    // As the core leaves a message after ingest, so the desk bench measures the steady state
    // rather than the one-off background pass over a store from before triage.
    triage: BENCH_VERDICTS[uid % BENCH_VERDICTS.length] ?? null,
    downloaded: 'whole',
  };
  return { meta, body: { text: (ja ? SNIPPET_JA : SNIPPET_EN).repeat(10), html: null }, raw };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

const SEED_UID_VALIDITY = '1700000000';

/**
 * Fills a store in `dir` (emptied first) with `messages` synthetic INBOX messages (ids
 * `inbox:1700000000:<uid>`, uid 1..n) and closes it; returns the write time in ms.
 */
export async function seedStore(dir: string, messages: number): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  // Seed in sync-sized batches, fsync on, as a real first sync would write.
  const seed = await openStore(dir);
  const t0 = performance.now();
  const batch = 500;
  for (let start = 1; start <= messages; start += batch) {
    const items: IncomingMessage[] = [];
    for (let uid = start; uid < Math.min(start + batch, messages + 1); uid++)
      items.push(syntheticMessage(uid, SEED_UID_VALIDITY));
    await seed.store.putMessages(items);
  }
  const writeMs = performance.now() - t0;
  await seed.store.close();
  return writeMs;
}

export async function benchStore(opts: { messages: number; dir: string }): Promise<StoreBenchResult> {
  const uidValidity = SEED_UID_VALIDITY;
  const writeMessagesMs = await seedStore(opts.dir, opts.messages);

  const loadAverage = loadavg()[0] ?? NaN;
  const open = await openInFreshProcess(opts.dir);
  const { store } = await openStore(opts.dir);

  const latencies: number[] = [];
  for (let i = 0; i < 200; i++) {
    const uid = 1 + Math.floor(((i * 7919) % opts.messages) + 0);
    const id = `inbox:${uidValidity}:${Math.min(uid, opts.messages)}`;
    const t = performance.now();
    await store.updateFlags([{ id, flags: i % 2 ? ['\\Seen', '\\Flagged'] : ['\\Seen'], modseq: null }]);
    latencies.push(performance.now() - t);
  }
  await store.close();
  latencies.sort((a, b) => a - b);
  return {
    ...open,
    flagPersistP95Ms: percentile(latencies, 95),
    flagPersistP50Ms: percentile(latencies, 50),
    writeMessagesMs,
    loadAverage,
  };
}
