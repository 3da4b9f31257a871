import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import { draftFrom, sameSettings, toSettings, type StaffDraft, type StaffSettings } from './staff-form.js';
import { useSettingsDraft, type SaveState } from './use-settings-draft.js';

export interface StaffSettingsHandle {
  /** null while loading. */
  draft: StaffDraft | null;
  loadError: ApiError | null;
  setDraft: (update: (draft: StaffDraft) => StaffDraft) => void;
  dirty: boolean;
  save: () => void;
  saveState: SaveState;
}

const load = () => call('triage:staff', {});
const store = (settings: StaffSettings) => call('triage:set-staff', settings);
// Saved rows lock their ids (see StaffDraftRow.saved); keys stay so focus is not lost.
const redraft = (d: StaffDraft, stored: StaffSettings): StaffDraft => ({
  me: stored.me,
  rows: d.rows.map((r) => ({ ...r, name: r.name.trim(), saved: true })),
});

export function useStaffSettings(): StaffSettingsHandle {
  const { saved, draft, loadError, saveState, setDraft, save } = useSettingsDraft({
    load,
    store,
    draftFrom,
    redraft,
  });
  const candidate = draft === null ? null : toSettings(draft);
  const dirty = draft !== null && saved !== null && (candidate === null || !sameSettings(candidate, saved));
  return { draft, loadError, dirty, saveState, setDraft, save: () => save(candidate) };
}
