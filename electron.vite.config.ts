import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The classifier's model is read at run time from beside the main bundle (shipped-model.ts). */
function shipClassifierModel(): Plugin {
  return {
    name: 'ship-classifier-model',
    generateBundle() {
      const file = resolve(__dirname, 'electron/core/triage/model.json');
      this.emitFile({ type: 'asset', fileName: 'model.json', source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [shipClassifierModel()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // A worker thread needs its own file: ParsePool loads it beside the main bundle.
          'parse-worker': resolve(__dirname, 'electron/core/mail/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified; minified, the desk's start-up script is a
      // third of the bytes for Chromium to parse before the first row.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
