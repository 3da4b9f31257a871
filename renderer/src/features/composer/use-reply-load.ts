import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import {
  DEFAULT_COMPLIANCE_SETTINGS,
  type ComplianceSettings,
} from '../../../../shared/domain/compliance/types.js';
import { call, isUnavailable } from '../../api/desk-client.js';
import type { ReplyDefaults, SavedDraft } from './composer-draft.js';

export type ReplyLoad =
  | { state: 'loading' }
  /** The thread has no buyer message to answer (only our own mail, or automated notices). */
  | { state: 'none' }
  /** An older core without replies: the composer is hidden. */
  | { state: 'unavailable' }
  | { state: 'failed'; error: ApiError }
  | {
      state: 'ready';
      defaults: ReplyDefaults;
      draft: SavedDraft | null;
      settings: ComplianceSettings;
      /** Changes on every load, so a restored draft remounts the editor with its text. */
      serial: number;
    };

async function load(threadId: string, serial: number): Promise<ReplyLoad> {
  const [drafts, settings] = await Promise.all([
    call('drafts:get', { threadId }),
    call('replies:settings', {}),
  ]);
  if (!drafts.ok) {
    return isUnavailable(drafts.error) ? { state: 'unavailable' } : { state: 'failed', error: drafts.error };
  }
  const { defaults, draft } = drafts.value;
  if (defaults === null) return { state: 'none' };
  // The core checks again with its own settings before queueing; the defaults only make the
  // live check a little less strict-looking until the settings arrive.
  const compliance = settings.ok ? settings.value.compliance : DEFAULT_COMPLIANCE_SETTINGS;
  return { state: 'ready', defaults, draft, settings: compliance, serial };
}

/** The thread's reply defaults, saved draft and compliance settings; `reload` after a draft is restored. */
export function useReplyLoad(threadId: string): { load: ReplyLoad; reload: () => void } {
  const [state, setState] = useState<{ threadId: string; value: ReplyLoad }>({
    threadId,
    value: { state: 'loading' },
  });
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    let live = true;
    void load(threadId, serial).then((value) => {
      if (live) setState({ threadId, value });
    });
    return () => {
      live = false;
    };
  }, [threadId, serial]);

  const reload = useCallback(() => setSerial((n) => n + 1), []);

  return { load: state.threadId === threadId ? state.value : { state: 'loading' }, reload };
}
