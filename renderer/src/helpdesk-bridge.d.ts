import type { HelpdeskBridge } from '../../shared/api/types.js';

declare global {
  interface Window {
    /** Exposed by electron/preload (or by the e2e harness); the renderer's only way out. */
    readonly helpdesk: HelpdeskBridge;
  }
}

export {};
