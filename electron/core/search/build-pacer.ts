import { BUSY_PAUSE_MS, SLICE_MS } from './search-tuning.js';

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * When the background build may use the main thread: in slices of SLICE_MS with a yield after
 * each, and not at all for BUSY_PAUSE_MS after user activity. Measured in the desk bench, a build
 * running between keystrokes tripled search latency in the page (tokenising slices and the GC
 * of the build delaying every reply), although each query itself took under 20 ms.
 */
export class BuildPacer {
  #busyUntil = 0;
  #sliceStart = performance.now();
  #wake: (() => void) | null = null;

  /** The user is doing something (a query; main may call this on any request). */
  noteActivity(): void {
    this.#busyUntil = performance.now() + BUSY_PAUSE_MS;
  }

  /** Someone waits for the build (a small remainder before an answer, tests): no pause. */
  hurry(): void {
    this.#busyUntil = 0;
    this.#wake?.();
  }

  /** Between two units of work: yields when the slice is used up, waits out a pause. */
  async step(force = false): Promise<void> {
    if (!force && performance.now() - this.#sliceStart <= SLICE_MS) return;
    await yieldToEvents();
    for (
      let wait = this.#busyUntil - performance.now();
      wait > 0;
      wait = this.#busyUntil - performance.now()
    ) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = null;
    }
    this.#sliceStart = performance.now();
  }
}
