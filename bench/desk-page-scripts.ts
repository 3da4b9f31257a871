/*
 * Scripts the desk benchmark runs in the page. Plain strings, not functions: the TypeScript
 * transpiler may wrap functions in helpers (__name) that do not exist in the browser, and this
 * file is typed without the DOM library. Each is `(arg) => Promise<result>`; every time is
 * performance.now() in the page, i.e. ms since the document's navigation start.
 */

export interface FirstRowTiming {
  ms: number;
  /** The row was already on screen when the script started: `ms` is an upper bound. */
  alreadyThere: boolean;
}

export interface SearchTiming {
  ms: number;
  /** Result rows shown (false: the "no messages match" line for this query). */
  hits: boolean;
}

/**
 * The message list's first loaded row is "interactive" when it has a box and a click at its
 * centre lands on it (nothing covering it). Placeholder rows (page not loaded yet) have no role.
 */
const ROW_READY = `(root) => {
  const row = root.querySelector('[role="option"][data-message-id]');
  if (row === null) return false;
  const r = row.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return false;
  if (row.textContent.trim().startsWith('…')) return false;
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit !== null && row.contains(hit);
}`;

/**
 * Resolves at the first animation frame after `ready()` holds (checked after every DOM change):
 * that frame is the one the change is painted in. The timeout also fires in a hidden tab.
 */
const UNTIL = `(ready, timeoutMs, what) => new Promise((resolve, reject) => {
  let done = false;
  const finish = () => {
    if (done || !ready()) return;
    done = true;
    obs.disconnect();
    clearTimeout(timer);
    let resolved = false;
    const end = () => { if (!resolved) { resolved = true; resolve(performance.now()); } };
    requestAnimationFrame(end);
    setTimeout(end, 100);
  };
  const obs = new MutationObserver(finish);
  obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const timer = setTimeout(() => {
    obs.disconnect();
    if (!done) reject(new Error(what + ' not within ' + timeoutMs + ' ms'));
  }, timeoutMs);
  finish();
})`;

export const FIRST_ROW_SCRIPT = `async ({ timeoutMs }) => {
  const rowReady = ${ROW_READY};
  const list = () => document.querySelector('[data-testid="message-list"]');
  const ready = () => list() !== null && rowReady(list());
  if (ready()) return { ms: performance.now(), alreadyThere: true };
  const ms = await (${UNTIL})(ready, timeoutMs, 'first message row');
  return { ms, alreadyThere: false };
}`;

/** For context.addInitScript: starts watching before any app script runs, on every load. */
export const firstRowInitScript = (timeoutMs: number): string =>
  `window.__deskFirstRow = (${FIRST_ROW_SCRIPT})({ timeoutMs: ${timeoutMs} });
window.__deskFirstRow.catch(() => {});`;

/** After a load with firstRowInitScript: the timing it recorded. */
export const FIRST_ROW_RECORDED = 'window.__deskFirstRow';

/**
 * Click on a view in the nav, until: that view is selected, its count is shown, and the list
 * agrees with it (count 0: the empty state, no list; otherwise the list's first row is ready).
 * The list is keyed by view, so the old view's rows are gone in the same commit as the selection.
 */
export const VIEW_SWITCH_SCRIPT = `async ({ view, timeoutMs }) => {
  const rowReady = ${ROW_READY};
  const nav = document.querySelector('nav [data-view="' + view + '"]');
  if (nav === null) throw new Error('no nav item for ' + view);
  const ready = () => {
    if (!nav.classList.contains('Mui-selected')) return false;
    const countEl = document.querySelector('[data-testid="count-' + view + '"]');
    if (countEl === null) return false;
    const count = Number(countEl.textContent.replace(/[^0-9]/g, ''));
    const list = document.querySelector('[data-testid="message-list"]');
    return count === 0 ? list === null : list !== null && rowReady(list);
  };
  const t0 = performance.now();
  nav.click();
  const t1 = await (${UNTIL})(ready, timeoutMs, 'view ' + view);
  return t1 - t0;
}`;

/**
 * Puts the whole query into the search box as one input event (what a paste or the last
 * keystroke does), until the results for THIS query are on screen: the caller alternates with a
 * query that matches nothing, so the previous results are never this query's.
 */
export const SEARCH_SCRIPT = `async ({ q, timeoutMs }) => {
  const rowReady = ${ROW_READY};
  const input = document.querySelector('[data-testid="search-input"]');
  if (input === null) throw new Error('no search input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  // Results shown before the input event belong to the previous query (the list is reused).
  const stale = document.querySelector('[data-testid="search-results"]');
  let hits = false;
  const ready = () => {
    const results = document.querySelector('[data-testid="search-results"]');
    if (results !== null) {
      hits = results !== stale && rowReady(results);
      return hits;
    }
    return document.body.textContent.includes('\\u201c' + q + '\\u201d');
  };
  const t0 = performance.now();
  setValue.call(input, q);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const t1 = await (${UNTIL})(ready, timeoutMs, 'results for ' + q);
  return { ms: t1 - t0, hits };
}`;
