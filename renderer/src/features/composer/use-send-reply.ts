import { useCallback, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import type { Finding } from '../../../../shared/domain/compliance/types.js';
import { call } from '../../api/desk-client.js';
import type { DailyUsage, DraftInput } from './composer-draft.js';
import type { Autosave } from './use-autosave.js';

export type SendProblem = { kind: 'limit'; usage: DailyUsage } | { kind: 'error'; error: ApiError };

export interface SendReply {
  busy: boolean;
  /** The core's findings from the last blocked send; cleared when the text changes. */
  coreFindings: Finding[] | null;
  problem: SendProblem | null;
  send: (input: DraftInput) => Promise<void>;
  clearCore: () => void;
}

/**
 * replies:send with its three outcomes. The core checks again with its own settings and wins:
 * a 'blocked' answer replaces the live findings until the user edits.
 */
export function useSendReply(autosave: Autosave, onQueued: (outboxId: string) => void): SendReply {
  const [busy, setBusy] = useState(false);
  const [coreFindings, setCoreFindings] = useState<Finding[] | null>(null);
  const [problem, setProblem] = useState<SendProblem | null>(null);

  const send = useCallback(
    async (input: DraftInput) => {
      setBusy(true);
      setProblem(null);
      await autosave.settle();
      const result = await call('replies:send', input);
      setBusy(false);
      if (result.ok && result.value.outcome === 'queued') {
        onQueued(result.value.outboxId);
        return;
      }
      autosave.resume();
      void autosave.flush();
      if (!result.ok) setProblem({ kind: 'error', error: result.error });
      else if (result.value.outcome === 'blocked') setCoreFindings(result.value.findings);
      else if (result.value.outcome === 'limit-reached')
        setProblem({ kind: 'limit', usage: result.value.usage });
    },
    [autosave, onQueued],
  );

  const clearCore = useCallback(() => {
    setCoreFindings(null);
    setProblem(null);
  }, []);
  return { busy, coreFindings, problem, send, clearCore };
}
