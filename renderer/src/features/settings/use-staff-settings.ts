import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import { draftFrom, sameSettings, toSettings, type StaffDraft, type StaffSettings } from './staff-form.js';

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: ApiError };

export interface StaffSettingsHandle {
  /** null while loading. */
  draft: StaffDraft | null;
  loadError: ApiError | null;
  setDraft: (update: (draft: StaffDraft) => StaffDraft) => void;
  dirty: boolean;
  save: () => void;
  saveState: SaveState;
}

export function useStaffSettings(): StaffSettingsHandle {
  const [saved, setSaved] = useState<StaffSettings | null>(null);
  const [draft, setDraftState] = useState<StaffDraft | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    let alive = true;
    void call('triage:staff', {}).then((res) => {
      if (!alive) return;
      if (!res.ok) return setLoadError(res.error);
      setSaved(res.value);
      setDraftState(draftFrom(res.value));
    });
    return () => {
      alive = false;
    };
  }, []);

  const candidate = draft === null ? null : toSettings(draft);
  const dirty = draft !== null && saved !== null && (candidate === null || !sameSettings(candidate, saved));

  return {
    draft,
    loadError,
    dirty,
    saveState,
    setDraft: (update) => {
      setDraftState((d) => (d === null ? d : update(d)));
      setSaveState({ status: 'idle' });
    },
    save: () => {
      if (candidate === null) return;
      setSaveState({ status: 'saving' });
      void call('triage:set-staff', candidate).then((res) => {
        if (!res.ok) return setSaveState({ status: 'failed', error: res.error });
        setSaved(candidate);
        // Saved rows lock their ids (see StaffDraftRow.saved); keys stay so focus is not lost.
        setDraftState((d) =>
          d === null
            ? d
            : { me: candidate.me, rows: d.rows.map((r) => ({ ...r, name: r.name.trim(), saved: true })) },
        );
        setSaveState({ status: 'saved' });
      });
    },
  };
}
