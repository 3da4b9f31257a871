import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

/*
 * Child-process entry (run with tsx by renderer-build.ts): builds ONLY the renderer, from the
 * project's own electron.vite.config.ts (same root, plugins and electron-vite presets), into the
 * directory given as argv[2]. It runs apart from vitest because vitest sets NODE_ENV=test, which
 * would make vite bundle React's development build and its console warnings.
 */
const outDir = process.argv[2];
if (outDir === undefined) throw new Error('usage: build-renderer.ts <outDir>');

// electron-vite's resolveConfig defaults to mode 'development' (its CLI passes 'production' for
// `electron-vite build`): without this the e2e tests and the desk benchmark ran React's
// development build, several times slower than what users run.
const { config } = await resolveConfig({ mode: 'production' }, 'build', 'production');
const renderer = config?.renderer;
if (renderer === undefined) throw new Error('electron.vite.config.ts has no renderer section');

await build({
  ...renderer,
  configFile: false,
  logLevel: 'warn',
  build: { ...renderer.build, outDir, emptyOutDir: true },
});
