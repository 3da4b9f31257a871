/** The index build and save schedule: each value is a trade-off against the shared main thread. */

/** Messages whose bodies are read together; tokenising them is cut into SLICE_MS slices. */
export const INDEX_CHUNK = 200;
/**
 * After the window's first list request: the first screen's list and counts go first (they
 * share this thread), and loading a saved index blocks it for ~0.5-1 s at 100,000 messages.
 */
export const SEARCH_START_DELAY_MS = 1500;
/** Without a window asking (a core opened for a command), the index starts this long after open. */
export const SEARCH_IDLE_START_MS = 10_000;
/** Messages left to index that a query waits for (~50-100 ms of reading and tokenising). */
export const SETTLE_MAX_PENDING = 500;
/** From the end of a build to writing it: away from the queries typed as results appear. */
export const SAVE_DELAY_MS = 5000;
/** Longest stretch of tokenising without a yield: a query or view switch waits at most this. */
export const SLICE_MS = 8;
/** During a build, live documents folded in at a time (~100-200 ms of sorting new terms). */
export const FREEZE_STEP_DOCS = 20_000;
/** Live documents worth folding into the frozen segment (a sort of all terms) once idle. */
export const FREEZE_MIN_DOCS = 2000;
/** How long indexing stands aside after a query (or other activity): typing pauses are shorter. */
export const BUSY_PAUSE_MS = 1000;
