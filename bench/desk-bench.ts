import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CoreApi } from '../shared/api/types.js';
import { openHelpdesk } from '../electron/core/helpdesk.js';
import { MemorySecretStore } from '../electron/core/secrets/memory-secret-store.js';
import { startDesk } from '../test/support/e2e/harness.js';
import { seedStore } from './store-bench.js';
import {
  FIRST_ROW_RECORDED,
  FIRST_ROW_SCRIPT,
  firstRowInitScript,
  SEARCH_SCRIPT,
  VIEW_SWITCH_SCRIPT,
  type FirstRowTiming,
  type SearchTiming,
} from './desk-page-scripts.js';

/*
 * Issue 3: an interactive inbox with 100,000 messages within 1.5 s of window load; p95 view
 * switch < 100 ms; p95 search < 100 ms. The renderer runs in Debian Chromium with the real core
 * (test/support/e2e/harness.ts), so Electron's own start-up (app ready, core open: see the
 * store benchmark's open row) is NOT in these figures.
 *
 * Every latency is measured IN THE PAGE with performance.now(), so Playwright's CDP round trips
 * are not in it, and ends at the first animation frame after the DOM shows the result (the frame
 * it is painted in), found by a MutationObserver check.
 */

const VIEWS = ['needs-reply', 'all', 'buyer', 'no-reply', 'sent', 'spam'] as const;
const SWITCH_ROUNDS = 20;
/** Seeded data (store-bench.ts syntheticMessage): CJK words, English words, order IDs, prefixes. */
const QUERIES = [
  '商品',
  '配送予定日',
  '返品',
  'damaged',
  'compatibility',
  '503-1012345-0012345',
  '503-1099999-0099999',
  'compat',
  'earb',
  '届きませ',
];
const SEARCH_ROUNDS = 2;
/** Matches nothing: typed between queries so the next query's results are a visible change. */
const RESET_QUERY = 'zqxjvkwz';
/** Hang guard per step on a loaded shared machine, not a performance bound. */
const STEP_TIMEOUT_MS = 30_000;
/** The first build at 100,000 messages takes ~30 s; this only guards against a hang. */
const INDEX_WAIT_LIMIT_MS = 300_000;
const INDEX_POLL_MS = 3000;
/** Reloads: the same load with the core and the browser cache warm, measured from an init script. */
const RELOADS = 3;

export interface DeskBenchResult {
  messages: number;
  seedMs: number;
  /** navigation start → first message row visible and hit-testable, first load (see note). */
  firstLoadMs: number;
  /** true when the row was already there when we looked: firstLoadMs is then an upper bound. */
  firstLoadUpperBound: boolean;
  /** Same, over reloads of the page (core already warm), median and worst. */
  reloadMedianMs: number;
  reloadMaxMs: number;
  switchP50Ms: number;
  switchP95Ms: number;
  switchSamples: number;
  /** input event → results rendered (the desk asks at once, one request in flight), index complete. */
  searchP50Ms: number;
  searchP95Ms: number;
  searchSamples: number;
  /** The same while the first build of the index runs (answers are partial then). */
  searchBuildingP50Ms: number;
  searchBuildingP95Ms: number;
  /** How long after those searches the index was complete. */
  indexWaitMs: number;
  /** 1-, 5-, 15-minute load averages when the measuring started. */
  loadAverage: readonly number[];
  totalMs: number;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
};

const run = <T>(page: Page, script: string, arg: unknown): Promise<T> =>
  page.evaluate(`(${script})(${JSON.stringify(arg)})`) as Promise<T>;

/**
 * Without an account the app treats a non-demo store as a first run and opens account setup.
 * Discard port on loopback: nothing answers, and the desk only syncs when asked (liveSync off).
 */
async function addAccount(dataDir: string): Promise<void> {
  const core = await openHelpdesk({
    dataDir,
    secrets: new MemorySecretStore(),
    clock: { now: () => new Date() },
    liveSync: false,
  });
  try {
    const server = { host: '127.0.0.1', port: 9, tls: 'starttls', user: 'bench', caFile: null } as const;
    const set = await core['account:set']({ imap: server, smtp: server });
    if (!set.ok) throw new Error(`account:set failed: ${set.error.message}`);
  } finally {
    await core.close();
  }
}

/** Each query typed after one that matches nothing, so its results are a visible change. */
async function measureSearches(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const q of QUERIES) {
      await run<SearchTiming>(page, SEARCH_SCRIPT, { q: RESET_QUERY, timeoutMs: STEP_TIMEOUT_MS });
      const s = await run<SearchTiming>(page, SEARCH_SCRIPT, { q, timeoutMs: STEP_TIMEOUT_MS });
      times.push(s.ms);
    }
  }
  return times;
}

/** Polls the core until a search answer is no longer partial (the first build is done). */
async function waitForIndex(core: Pick<CoreApi, 'search:query'>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < INDEX_WAIT_LIMIT_MS) {
    const answer = await core['search:query']({ q: 'damaged', limit: 1 });
    if (answer.ok && answer.value.partial !== true) return performance.now() - started;
    // Every query makes the build stand aside for a second: poll less often than that.
    await new Promise((resolve) => setTimeout(resolve, INDEX_POLL_MS));
  }
  throw new Error(`search index not complete within ${INDEX_WAIT_LIMIT_MS} ms`);
}

export async function benchDesk(messages: number, log: (line: string) => void): Promise<DeskBenchResult> {
  const started = performance.now();
  const dataDir = await mkdtemp(join(tmpdir(), 'hd-bench-desk-'));
  try {
    log(`  seeding ${messages} messages`);
    const seedMs = await seedStore(dataDir, messages);
    await addAccount(dataDir);
    const loadAverage = loadavg();
    log(`  starting the desk (load average ${loadAverage.map((l) => l.toFixed(2)).join(' ')})`);
    const desk = await startDesk({ dataDir });
    try {
      const page = desk.page;
      const first = await run<FirstRowTiming>(page, FIRST_ROW_SCRIPT, { timeoutMs: STEP_TIMEOUT_MS });

      // Later loads: the observer is installed before any app script runs, so no upper bound.
      await desk.context.addInitScript(firstRowInitScript(STEP_TIMEOUT_MS));
      const reloads: number[] = [];
      for (let i = 0; i < RELOADS; i++) {
        await page.reload({ waitUntil: 'load' });
        reloads.push(((await page.evaluate(FIRST_ROW_RECORDED)) as FirstRowTiming).ms);
      }

      log(`  view switches: ${SWITCH_ROUNDS} rounds × ${VIEWS.length} views`);
      const switches: number[] = [];
      for (let round = 0; round < SWITCH_ROUNDS; round++) {
        // Start each round on a view other than the first, so every click changes the view.
        for (const view of [...VIEWS.slice(1), VIEWS[0]]) {
          switches.push(await run<number>(page, VIEW_SWITCH_SCRIPT, { view, timeoutMs: STEP_TIMEOUT_MS }));
        }
      }

      log(`  searches while the index is still being built: ${SEARCH_ROUNDS} × ${QUERIES.length} queries`);
      const searchesBuilding = await measureSearches(page);
      log('  waiting for the search index to be complete');
      const buildWaitMs = await waitForIndex(desk.core);
      log(`  searches with the index complete: ${SEARCH_ROUNDS} × ${QUERIES.length} queries`);
      const searches = await measureSearches(page);
      if (desk.consoleErrors.length > 0) log(`  console errors: ${desk.consoleErrors.join('; ')}`);

      return {
        messages,
        seedMs,
        firstLoadMs: first.ms,
        firstLoadUpperBound: first.alreadyThere,
        reloadMedianMs: percentile(reloads, 50),
        reloadMaxMs: Math.max(...reloads),
        switchP50Ms: percentile(switches, 50),
        switchP95Ms: percentile(switches, 95),
        switchSamples: switches.length,
        searchP50Ms: percentile(searches, 50),
        searchP95Ms: percentile(searches, 95),
        searchSamples: searches.length,
        searchBuildingP50Ms: percentile(searchesBuilding, 50),
        searchBuildingP95Ms: percentile(searchesBuilding, 95),
        indexWaitMs: buildWaitMs,
        loadAverage,
        totalMs: performance.now() - started,
      };
    } finally {
      await desk.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
