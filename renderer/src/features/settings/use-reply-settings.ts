import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import type { Res } from '../../../../shared/api/types.js';
import { call } from '../../api/desk-client.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';
import {
  checkForm,
  draftFrom,
  sameSettings,
  type FormCheck,
  type ReplySettings,
  type ReplySettingsDraft,
} from './reply-settings-form.js';
import { useSettingsDraft, type SaveState } from './use-settings-draft.js';

export type DailyUsage = Res<'outbox:usage'>;

export interface ReplySettingsHandle {
  /** null while loading. */
  draft: ReplySettingsDraft | null;
  loadError: ApiError | null;
  /** null while loading or when the draft is not loaded. */
  check: FormCheck | null;
  /** null until known, or when the core cannot tell (the count is informative only). */
  usage: DailyUsage | null;
  setDraft: (update: (draft: ReplySettingsDraft) => ReplySettingsDraft) => void;
  dirty: boolean;
  save: () => void;
  saveState: SaveState;
}

const load = () => call('replies:settings', {});
const store = (settings: ReplySettings) => call('replies:set-settings', settings);

export function useReplySettings(): ReplySettingsHandle {
  const [usage, setUsage] = useState<DailyUsage | null>(null);
  // Bumped to re-read today's count: after a send (outbox:changed) and after saving a new limit.
  const [usageTick, setUsageTick] = useState(0);
  // The lists show what was stored (normalised hosts, deduplicated words): the default redraft.
  const { saved, draft, loadError, saveState, setDraft, save } = useSettingsDraft({
    load,
    store,
    draftFrom,
    onSaved: () => setUsageTick((n) => n + 1),
  });

  useEffect(() => {
    let alive = true;
    void call('outbox:usage', {}).then((res) => {
      if (alive) setUsage(res.ok ? res.value : null);
    });
    return () => {
      alive = false;
    };
  }, [usageTick]);
  useBridgeEvent('outbox:changed', () => setUsageTick((n) => n + 1));

  // Checked once per render: the acknowledgement texts go through the checker on every keystroke.
  const check = draft === null || saved === null ? null : checkForm(draft, saved, new Date());
  const candidate = check?.settings ?? null;
  const dirty = check !== null && saved !== null && (candidate === null || !sameSettings(candidate, saved));

  return { draft, loadError, check, usage, dirty, saveState, setDraft, save: () => save(candidate) };
}
