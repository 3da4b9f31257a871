import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// `npm install` applies patches/imapflow+2.1.2.patch (postinstall: patch-package). Without it
// the sync still works, only slower; this makes a missed patch a red test instead.
const require = createRequire(import.meta.url);
const cjsEntry = require.resolve('imapflow');

describe('imapflow log-compile patch', () => {
  it.each([
    [
      'ESM build (what the core imports)',
      cjsEntry.replace(/[\\/]cjs[\\/]imap-flow\.js$/, '/esm/imap-flow.js'),
    ],
    ['CommonJS build', cjsEntry],
  ])('is applied to the %s', async (_which, file) => {
    const source = await readFile(file, 'utf8');
    expect(source).toContain('if (this.options.logger !== false || this.emitLogs) {');
  });
});
