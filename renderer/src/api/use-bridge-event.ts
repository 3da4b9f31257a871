import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../../shared/api/types.js';

/** Subscribes for the component's lifetime; the latest callback is used without resubscribing. */
export function useBridgeEvent<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): void {
  const latest = useRef(cb);
  useEffect(() => {
    latest.current = cb;
  });
  useEffect(() => window.helpdesk.on(event, (payload) => latest.current(payload)), [event]);
}
