import { afterAll, beforeAll } from 'vitest';
import { startDovecot, type DovecotInstance } from '../dovecot.js';
import type { SeedMessage } from '../maildir-seed.js';
import { DESK_START_TIMEOUT, startDesk, type Desk, type DeskOptions } from './harness.js';

export interface SyncedDesk {
  readonly dovecot: DovecotInstance;
  readonly desk: Desk;
}

/**
 * The set-up of the read-only desk tests, as beforeAll/afterAll of the calling describe: a Dovecot
 * whose INBOX holds `inbox`, the desk on it, and one sync done through the page's own call.
 */
export function useSyncedDesk(
  inbox: () => readonly SeedMessage[],
  options: Omit<DeskOptions, 'dovecot'> = {},
): SyncedDesk {
  let dovecot: DovecotInstance | undefined;
  let desk: Desk | undefined;
  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir('seller', 'INBOX', inbox());
    desk = await startDesk({ ...options, dovecot });
    const sync = await desk.invoke('sync:run', {});
    if (!sync.ok) throw new Error(`sync:run failed: ${sync.error.message}`);
  }, DESK_START_TIMEOUT);
  afterAll(async () => {
    await desk?.close();
    await dovecot?.stop();
  });
  return {
    get dovecot() {
      if (!dovecot) throw new Error('Dovecot is not started yet (use it inside a test)');
      return dovecot;
    },
    get desk() {
      if (!desk) throw new Error('the desk is not started yet (use it inside a test)');
      return desk;
    },
  };
}
