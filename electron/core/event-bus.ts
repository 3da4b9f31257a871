import type { EventName, EventPayload, HelpdeskEventSource } from '../../shared/api/types.js';

/** A typed emitter for the contract's events; a throwing listener never breaks the core. */
export class EventBus implements HelpdeskEventSource {
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();

  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(cb as (payload: never) => void);
    this.listeners.set(event, set);
    return () => set.delete(cb as (payload: never) => void);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const cb of this.listeners.get(event) ?? []) {
      try {
        (cb as (payload: EventPayload<E>) => void)(payload);
      } catch {
        // A broken listener (a closed window) must not stop a sync.
      }
    }
  }
}
