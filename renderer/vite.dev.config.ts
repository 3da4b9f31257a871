import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Dev-only build of the renderer against the in-memory fake core (src/dev/fake-bridge.ts), for
 * looking at the UI in Chromium: `npx vite build --config renderer/vite.dev.config.ts`, then serve
 * /tmp/desk-dev over http. No node:path here: the renderer folder's lint forbids Node imports. The production build (electron.vite.config.ts) never sees dev.html.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '/tmp/desk-dev',
    emptyOutDir: true,
    rollupOptions: { input: { dev: `${import.meta.dirname}/dev.html` } },
  },
});
