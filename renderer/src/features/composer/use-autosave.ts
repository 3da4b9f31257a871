import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import type { DraftInput } from './composer-draft.js';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'failed'; error: ApiError };

/** Long enough not to write on every keystroke, short enough that a crash loses a sentence at most. */
export const AUTOSAVE_DELAY_MS = 600;

export interface Autosave {
  status: SaveStatus;
  /** Saves now if anything is unsaved (blur, close, leaving the thread). */
  flush: () => Promise<void>;
  /**
   * Stops saving and waits for a save already on the wire: sending deletes the draft in the
   * core, and a late save would bring it back as a ghost draft.
   */
  settle: () => Promise<void>;
  /** Saving again after settle (a blocked send keeps the editor open). */
  resume: () => void;
}

/**
 * Saves the draft through drafts:save once typing stops. `input` is null until the user has
 * changed something: opening the editor alone saves nothing.
 */
export function useAutosave(input: DraftInput | null, initialSavedAt: string | null): Autosave {
  const [status, setStatus] = useState<SaveStatus>(
    initialSavedAt === null ? { state: 'idle' } : { state: 'saved', at: initialSavedAt },
  );
  const key = input === null ? null : JSON.stringify(input);
  const pending = useRef<{ key: string; input: DraftInput } | null>(null);
  const savedKey = useRef<string | null>(null);
  const inflight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const timer = useRef<number | null>(null);

  const flush = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (inflight.current !== null) await inflight.current;
    const next = pending.current;
    if (stopped.current || next === null || next.key === savedKey.current) return;
    setStatus({ state: 'saving' });
    const run = call('drafts:save', next.input).then((result) => {
      if (result.ok) {
        savedKey.current = next.key;
        setStatus({ state: 'saved', at: result.value.savedAt });
      } else setStatus({ state: 'failed', error: result.error });
    });
    inflight.current = run;
    await run;
    inflight.current = null;
  }, []);

  useEffect(() => {
    if (key === null || input === null) return;
    pending.current = { key, input };
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    // The key is the input's content; the object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, flush]);

  // Leaving the thread or closing the window mid-sentence still saves it.
  useEffect(() => {
    const onUnload = () => void flush();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      void flush();
    };
  }, [flush]);

  const settle = useCallback(async () => {
    stopped.current = true;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (inflight.current !== null) await inflight.current;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  return { status, flush, settle, resume };
}
