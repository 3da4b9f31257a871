/**
 * Runs a query as soon as it is typed, with at most one request in flight: while one runs, only
 * the newest query waits, and it starts the moment the running one answers. Results as you type
 * without a fixed debounce (which alone cost 100 ms per search) and without a queue of stale
 * requests when typing outpaces the core. An answer is delivered only if its query is still the
 * newest; older answers are dropped.
 */
export class LatestOnly<Q, R> {
  #running = false;
  #waiting: { query: Q } | null = null;
  #newest: { query: Q } | null = null;

  constructor(
    private readonly run: (query: Q) => Promise<R>,
    private readonly deliver: (query: Q, result: R) => void,
  ) {}

  submit(query: Q): void {
    const entry = { query };
    this.#newest = entry;
    if (this.#running) {
      this.#waiting = entry;
      return;
    }
    this.#start(entry);
  }

  /** Nothing more is delivered (the component unmounted or the query was cleared). */
  cancel(): void {
    this.#newest = null;
    this.#waiting = null;
  }

  #start(entry: { query: Q }): void {
    this.#running = true;
    void this.run(entry.query)
      .then(
        (result) => {
          if (this.#newest === entry) this.deliver(entry.query, result);
        },
        () => undefined,
      )
      .finally(() => {
        this.#running = false;
        const next = this.#waiting;
        this.#waiting = null;
        if (next !== null) this.#start(next);
      });
  }
}
