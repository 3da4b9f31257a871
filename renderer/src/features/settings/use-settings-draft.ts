import { useEffect, useState } from 'react';
import type { ApiError, Result } from '../../../../shared/api/result.js';

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: ApiError };

interface Options<S, D> {
  /** load and draftFrom are module-level (stable): the settings are read once per mount. */
  load: () => Promise<Result<S>>;
  store: (settings: S) => Promise<Result<unknown>>;
  draftFrom: (settings: S) => D;
  /** The draft once `stored` is saved; by default draftFrom(stored). */
  redraft?: (draft: D, stored: S) => D;
  onSaved?: () => void;
}

export interface SettingsDraft<S, D> {
  /** null while loading. */
  saved: S | null;
  /** null while loading. */
  draft: D | null;
  loadError: ApiError | null;
  saveState: SaveState;
  setDraft: (update: (draft: D) => D) => void;
  /** Stores the candidate; nothing happens while it is null (the form does not check). */
  save: (candidate: S | null) => void;
}

/** The load / edit / save cycle every settings form shares. */
export function useSettingsDraft<S, D>({
  load,
  store,
  draftFrom,
  redraft,
  onSaved,
}: Options<S, D>): SettingsDraft<S, D> {
  const [saved, setSaved] = useState<S | null>(null);
  const [draft, setDraftState] = useState<D | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    let alive = true;
    void load().then((res) => {
      if (!alive) return;
      if (!res.ok) return setLoadError(res.error);
      setSaved(res.value);
      setDraftState(draftFrom(res.value));
    });
    return () => {
      alive = false;
    };
  }, [load, draftFrom]);

  return {
    saved,
    draft,
    loadError,
    saveState,
    setDraft: (update) => {
      setDraftState((d) => (d === null ? d : update(d)));
      setSaveState({ status: 'idle' });
    },
    save: (candidate) => {
      if (candidate === null) return;
      setSaveState({ status: 'saving' });
      void store(candidate).then((res) => {
        if (!res.ok) return setSaveState({ status: 'failed', error: res.error });
        setSaved(candidate);
        setDraftState((d) =>
          redraft === undefined ? draftFrom(candidate) : d === null ? d : redraft(d, candidate),
        );
        setSaveState({ status: 'saved' });
        onSaved?.();
      });
    },
  };
}
