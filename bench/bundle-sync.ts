import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles our side of the sync benchmark the way electron-vite builds the app's main process:
 * our sources in one file, packages left to node_modules, and the parse worker as its own
 * entry beside it (ParsePool loads `./parse-worker.js` next to the bundle). Running from
 * sources instead would bill the worker for transpiling every module through tsx while the
 * sync runs, which the shipped app never pays.
 */
export async function bundleOurSync(): Promise<string> {
  const outdir = join('node_modules', '.cache', 'helpdesk-bench');
  await build({
    entryPoints: ['bench/our-sync.ts', 'electron/core/mail/parse-worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    entryNames: '[name]',
    outdir,
    logLevel: 'warning',
  });
  return join(outdir, 'our-sync.js');
}
