import type { z } from 'zod';
import type { calls, events } from './contract.js';
import type { Result } from './result.js';

export type CallName = keyof typeof calls;
export type EventName = keyof typeof events;

/** The request a call takes (schemas have no transforms, so input and output types agree). */
export type Req<K extends CallName> = z.infer<(typeof calls)[K]['request']>;
export type Res<K extends CallName> = z.infer<(typeof calls)[K]['result']>;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** What the core implements: one method per call, named by its channel. */
export type HelpdeskApi = { [K in CallName]: (req: Req<K>) => Promise<Result<Res<K>>> };

/** Calls only the Electron shell can answer (they need `electron`); main adds them to the core. */
export type ShellCallName = 'shell:open-external' | 'shell:save-attachment';

/** What openHelpdesk implements: the contract minus the shell's calls. */
export type CoreApi = Omit<HelpdeskApi, ShellCallName>;

export type HelpdeskEvents = { [E in EventName]: EventPayload<E> };

/** The core's event emitter; `on` returns its own unsubscribe. */
export interface HelpdeskEventSource {
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
}

/** What the preload exposes as `window.helpdesk` (and the e2e harness imitates). */
export interface HelpdeskBridge {
  invoke<K extends CallName>(channel: K, req: Req<K>): Promise<Result<Res<K>>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
}
