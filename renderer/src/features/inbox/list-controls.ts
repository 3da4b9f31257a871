import type { TriageTarget } from '../thread/triage-target.js';

/** What the keyboard layer can ask of whichever list is showing (a view or search results). */
export interface ListControls {
  move(delta: number): void;
  openSelected(): void;
  /** The selected row's conversation, for `e` and `!` while no conversation is open. */
  selectedTarget?(): TriageTarget | null;
  /** These messages just left the list: open whatever now sits where they were. */
  advanceAfter?(ids: readonly string[]): void;
}
