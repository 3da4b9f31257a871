import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

/*
 * Debian's Chromium, not a Playwright download (which cannot be fetched here): see
 * /work/shared/notes/toolchain.md. The flags keep it from reaching the network on its own
 * (component updates, sync, QUIC probes) and from needing a GPU or a setuid sandbox as root.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Why e2e tests cannot run on this machine, or null when they can. */
export function e2eSkipReason(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `e2e tests skipped: ${CHROMIUM_PATH} is missing (run \`npm run test:setup\` or apt-get install chromium)`;
}

export type DeskLocale = 'ja' | 'en' | 'zh-CN' | 'ko';

export interface BrowserOptions {
  profileDir: string;
  locale: DeskLocale;
  colorScheme: 'light' | 'dark';
  timezoneId: string;
}

export function launchBrowser(options: BrowserOptions): Promise<BrowserContext> {
  // A persistent context is the only way to give Chromium a fresh profile dir of our choosing
  // (launch() rejects --user-data-dir); the profile is thrown away in close().
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    locale: options.locale,
    colorScheme: options.colorScheme,
    timezoneId: options.timezoneId,
    // A fixed desktop size so screenshots compare across runs and machines.
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
}
