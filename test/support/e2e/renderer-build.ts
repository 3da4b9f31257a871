import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Builds the renderer at most once per source state, shared by every e2e file of a run (and by
 * later runs while nothing changed). Parallel vitest workers serialise on a mkdir lock; the build
 * lands in a temp dir renamed into place, so a reader never sees half a build. It never writes
 * to out/: `npm run build` and other people's builds keep that directory.
 */

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const cacheRoot = join(repoRoot, 'test-results', 'e2e-renderer');
const lockDir = join(cacheRoot, 'lock');

/** What the renderer bundle is made from (it imports shared/ and nothing else of ours), and how. */
const inputs = [
  'renderer',
  'shared',
  'electron.vite.config.ts',
  'package-lock.json',
  'tsconfig.web.json',
  'test/support/e2e/build-renderer.ts',
];

async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (info === null) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => e.name !== 'node_modules' && !e.name.startsWith('.'))
      .map((e) => listFiles(join(path, e.name))),
  );
  return nested.flat();
}

async function sourceHash(): Promise<string> {
  const files = (await Promise.all(inputs.map((p) => listFiles(join(repoRoot, p))))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(relative(repoRoot, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function runBuild(outDir: string): Promise<void> {
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const script = fileURLToPath(new URL('./build-renderer.ts', import.meta.url));
  // A clean environment: vitest's NODE_ENV=test and VITEST* flags would change what vite emits.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, script, outDir], {
      cwd: repoRoot,
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`renderer build failed (exit ${String(code)}):\n${output}`));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The holder died (its pid is gone), or died between mkdir and writing its pid long ago. */
async function isStale(): Promise<boolean> {
  const owner = Number(await readFile(join(lockDir, 'pid'), 'utf8').catch(() => 'NaN'));
  if (Number.isInteger(owner)) return !isAlive(owner);
  const info = await stat(lockDir).catch(() => null);
  return info !== null && info.mtimeMs < Date.now() - 600_000;
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(cacheRoot, { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A holder that died (killed test run) must not block every later run.
      if (await isStale()) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await writeFile(join(lockDir, 'pid'), String(process.pid));
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/** Drops builds of older sources, sparing recent ones a parallel run may still be serving. */
async function pruneOldBuilds(keep: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(cacheRoot)) {
    // Finished builds and the temp dirs of builds that were killed half way.
    if (name === keep || !/^(tmp-)?[0-9a-f]{16}(-\d+)?$/.test(name)) continue;
    const info = await stat(join(cacheRoot, name)).catch(() => null);
    if (info !== null && info.mtimeMs < hourAgo)
      await rm(join(cacheRoot, name), { recursive: true, force: true });
  }
}

let pending: Promise<string> | null = null;

/** Returns the directory holding the built renderer (index.html + assets/), building it if needed. */
export function ensureRendererBuilt(): Promise<string> {
  pending ??= (async () => {
    const hash = await sourceHash();
    const target = join(cacheRoot, hash);
    if (existsSync(join(target, 'index.html'))) return target;
    return withLock(async () => {
      if (existsSync(join(target, 'index.html'))) return target; // built while we waited
      const temp = join(cacheRoot, `tmp-${hash}-${process.pid}`);
      await runBuild(temp);
      await rename(temp, target);
      await pruneOldBuilds(hash);
      return target;
    });
  })();
  pending.catch(() => (pending = null));
  return pending;
}
