import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import { checkSettings, settingsDraft, type SettingsCheck, type SettingsDraft } from './settings-form.js';
import type { TemplateSettingsValue } from './template-types.js';
import type { SaveState } from './use-template-library.js';

export interface TemplateSettingsHandle {
  /** The stored settings (the editor's insert menu and the review period read these). */
  saved: TemplateSettingsValue | null;
  loadError: ApiError | null;
  draft: SettingsDraft | null;
  check: SettingsCheck | null;
  setDraft: (update: (d: SettingsDraft) => SettingsDraft) => void;
  save: () => void;
  saveState: SaveState;
}

export function useTemplateSettings(onSaved: () => void): TemplateSettingsHandle {
  const [saved, setSaved] = useState<TemplateSettingsValue | null>(null);
  const [draft, setDraftState] = useState<SettingsDraft | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  useEffect(() => {
    let alive = true;
    void call('templates:settings', {}).then((res) => {
      if (!alive) return;
      if (!res.ok) return setLoadError(res.error);
      setSaved(res.value);
      setDraftState(settingsDraft(res.value));
    });
    return () => {
      alive = false;
    };
  }, []);
  const check = draft === null ? null : checkSettings(draft);
  return {
    saved,
    loadError,
    draft,
    check,
    setDraft: (update) => {
      setDraftState((d) => (d === null ? d : update(d)));
      setSaveState({ status: 'idle' });
    },
    saveState,
    save: () => {
      const settings = check?.settings ?? null;
      if (settings === null) return;
      setSaveState({ status: 'saving' });
      void call('templates:set-settings', settings).then((res) => {
        if (!res.ok) return setSaveState({ status: 'failed', error: res.error });
        setSaved(settings);
        setDraftState(settingsDraft(settings));
        setSaveState({ status: 'saved' });
        // The review period and shop fields change the verdicts: the list is re-read.
        onSaved();
      });
    },
  };
}
