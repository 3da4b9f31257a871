interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Turns a burst of save requests into one write. Every request made before a write starts shares
 * its promise, which settles after that write; requests made while a write runs get the next
 * one. At most one write per document is in flight, so writes never reorder.
 */
export class WriteCoalescer {
  #write: () => Promise<void>;
  #next: Deferred | null = null;
  #loop: Promise<void> | null = null;

  constructor(write: () => Promise<void>) {
    this.#write = write;
  }

  request(): Promise<void> {
    if (!this.#next) {
      let resolve!: () => void;
      let reject!: (err: unknown) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      this.#next = { promise, resolve, reject };
      this.#loop ??= this.#drain();
    }
    return this.#next.promise;
  }

  /** Settles once everything requested so far has been written (or has failed). */
  async idle(): Promise<void> {
    await this.#loop;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#next) {
        // setImmediate rather than a microtask: updates made across awaits within one burst still coalesce.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const job = this.#next;
        if (!job) break;
        this.#next = null;
        try {
          await this.#write();
          job.resolve();
        } catch (err) {
          job.reject(err);
        }
      }
    } finally {
      this.#loop = null;
    }
  }
}
