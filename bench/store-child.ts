/** Runs the store benchmark in its own process so its RSS is the store's, not the harness's. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchStore } from './store-bench.js';

async function main(): Promise<void> {
  const { messages } = JSON.parse(process.argv[2] ?? '{}') as { messages: number };
  const dir = await mkdtemp(join(tmpdir(), 'hd-bench-store-'));
  try {
    const result = await benchStore({ messages, dir });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
