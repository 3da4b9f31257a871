import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a bench script in its own Node process (via tsx) and parses the JSON line it prints. */
export async function runChild<T>(script: string, args: unknown): Promise<T> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, JSON.stringify(args)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
