import type { MessageMeta } from '../../../shared/domain/message.js';
import { partitionViews, type ViewPartition } from '../../../shared/domain/views.js';

/** What the view index needs from the store (the real Store satisfies it). */
export interface ViewSource {
  listMessages(filter: { order: 'date-desc'; includeExpunged: boolean; limit?: number }): MessageMeta[];
  readonly messageCount: number;
}

export interface Snapshot extends ViewPartition<MessageMeta> {
  /**
   * Thread id -> its messages, oldest first, expunged included (history matters in disputes).
   * Built on first use: the first screen (a list and its counts) never needs it.
   */
  readonly threads: Map<string, MessageMeta[]>;
  /** The store size it was built at: a cheap guard for a write that raised no event. */
  size: number;
}

/**
 * One partition of the store into views, rebuilt lazily after 'messages:changed'. A view switch
 * is then a slice of a ready array; the one O(n) pass runs once per change, not per click.
 */
export class ViewIndex {
  #snapshot: Snapshot | null = null;

  /** `warm` runs after each background rebuild: what else should be ready for the next click. */
  constructor(
    private readonly source: ViewSource,
    private readonly warm: (snapshot: Snapshot) => void = () => undefined,
  ) {}

  #pending: NodeJS.Timeout | null = null;

  invalidate(): void {
    this.#snapshot = null;
  }

  /**
   * Invalidate and rebuild off the event's call stack, so the user's next view switch finds the
   * partition ready instead of paying the O(n) pass (~50-170 ms at 100,000 messages).
   */
  refreshSoon(): void {
    this.invalidate();
    this.warmSoon();
  }

  /**
   * Build (if needed) and warm off the caller's stack: at start-up, before the window asks. The
   * steps run in separate turns (the store's date order, then the partition, then `warm`), so
   * a window request or IPC in between waits for one step, not for ~1 s at 100,000 messages.
   */
  warmSoon(): void {
    if (this.#pending) return;
    this.#pending = setTimeout(() => {
      this.source.listMessages({ order: 'date-desc', includeExpunged: true, limit: 1 });
      this.#pending = setTimeout(() => {
        const snapshot = this.get();
        this.#pending = setTimeout(() => {
          this.#pending = null;
          this.warm(snapshot);
        }, 0);
      }, 0);
    }, 0);
  }

  close(): void {
    if (this.#pending) clearTimeout(this.#pending);
    this.#pending = null;
  }

  get(): Snapshot {
    const current = this.#snapshot;
    if (current && current.size === this.source.messageCount) return current;
    const all = this.source.listMessages({ order: 'date-desc', includeExpunged: true });
    const partition = partitionViews(all);
    let threads: Map<string, MessageMeta[]> | null = null;
    const snapshot: Snapshot = {
      ...partition,
      get threads() {
        return (threads ??= threadsOf(all));
      },
      size: all.length,
    };
    this.#snapshot = snapshot;
    return snapshot;
  }
}

/** Newest first in, so walking backwards yields each thread oldest first. */
function threadsOf(all: readonly MessageMeta[]): Map<string, MessageMeta[]> {
  const threads = new Map<string, MessageMeta[]>();
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i];
    if (!m) continue;
    const list = threads.get(m.threadId);
    if (list) list.push(m);
    else threads.set(m.threadId, [m]);
  }
  return threads;
}
