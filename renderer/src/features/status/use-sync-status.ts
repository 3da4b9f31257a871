import { useEffect, useState } from 'react';
import { call } from '../../api/desk-client.js';
import type { SyncStatus } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';

/** The core's sync status, kept live by its events; progress events refine the counts between status changes. */
export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    void call('sync:status', {}).then((r) => {
      if (live && r.ok) setStatus(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  useBridgeEvent('sync:status-changed', setStatus);
  useBridgeEvent('sync:progress', (progress) =>
    setStatus((s) => (s === null ? s : { ...s, state: 'syncing', progress })),
  );
  return status;
}
