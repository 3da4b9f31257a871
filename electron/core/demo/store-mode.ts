import { isDemoLoaded, type DemoStore } from './load-demo.js';

export type StoreMode = 'empty' | 'demo' | 'account';

/** What the app is showing: nothing yet (first run), the shipped demo, or a real mailbox. */
export function storeMode(hasAccount: boolean, store: Pick<DemoStore, 'uidsIn'>): StoreMode {
  if (hasAccount) return 'account';
  return isDemoLoaded(store) ? 'demo' : 'empty';
}
