import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import type { Category, StaffMember, TriageAction } from '../../api/desk-types.js';
import { useErrorText } from '../../lib/use-error-text.js';
import type { TriageTarget } from './triage-target.js';

export type TriageOp =
  | { kind: 'no-reply'; target: TriageTarget }
  | { kind: 'report'; target: TriageTarget }
  | { kind: 'category'; target: TriageTarget; category: Category }
  | { kind: 'assign'; target: TriageTarget; staff: StaffMember | null };

export interface TriageFeedback {
  /** Changes with every message, so the snackbar restarts its timer. */
  serial: number;
  text: string;
  severity: 'success' | 'info' | 'error';
  undo: (() => void) | null;
}

export interface TriageActions {
  /** Applies an action at once; resolves true when the core took it. */
  perform(op: TriageOp): Promise<boolean>;
  feedback: TriageFeedback | null;
  dismiss(): void;
}

interface Plan {
  ids: string[];
  action: TriageAction | 'report';
  /** The action that puts things back, or null when there is nothing to put back. */
  inverse: TriageAction | null;
  done: string;
  /** The ids leave the Needs-reply list. */
  leaves: boolean;
}

/**
 * Every triage action of the desk (buttons, menus and the e / ! keys) goes through here, so each
 * gets the same undo snackbar and its errors are shown in the UI language, never as codes.
 * `onLeft` hears which messages just left the Needs-reply list (to select the next item).
 */
export function useTriageActions(onLeft: (ids: readonly string[]) => void): TriageActions {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [feedback, setFeedback] = useState<TriageFeedback | null>(null);
  const serial = useRef(0);
  const latestOnLeft = useRef(onLeft);
  useEffect(() => {
    latestOnLeft.current = onLeft;
  });

  const show = useCallback(
    (text: string, severity: TriageFeedback['severity'], undo: (() => void) | null) => {
      serial.current += 1;
      setFeedback({ serial: serial.current, text, severity, undo });
    },
    [],
  );
  const fail = useCallback(
    (error: ApiError) => show(t('triage.failed', { reason: errorText(error) }), 'error', null),
    [errorText, show, t],
  );

  const plan = useCallback(
    (op: TriageOp): Plan | null => {
      const { target } = op;
      switch (op.kind) {
        case 'no-reply': {
          const ids = target.openIds;
          const done =
            ids.length > 1 ? t('triage.done.noReplyMany', { n: ids.length }) : t('triage.done.noReply');
          return {
            ids,
            action: { kind: 'no-reply', on: true },
            inverse: { kind: 'no-reply', on: false },
            done,
            leaves: true,
          };
        }
        case 'report': {
          const ids = target.openIds.length > 0 ? target.openIds : target.buyerIds;
          return {
            ids,
            action: 'report',
            inverse: { kind: 'spam', on: false },
            done: t('triage.done.report'),
            leaves: true,
          };
        }
        case 'category': {
          if (target.latestId === null || (op.category === target.category && target.staffSet)) return null;
          // The contract has no "clear staff category": undo sets the category shown before.
          const inverse: TriageAction | null =
            target.category === null ? null : { kind: 'set-category', category: target.category };
          const name = t(`triage.category.${op.category}`);
          return {
            ids: [target.latestId],
            action: { kind: 'set-category', category: op.category },
            inverse,
            done: t('triage.done.category', { category: name }),
            leaves: false,
          };
        }
        case 'assign': {
          const staff = op.staff?.id ?? null;
          if (staff === target.assignee) return null;
          return {
            ids: target.buyerIds,
            action: { kind: 'assign', staff },
            inverse: { kind: 'assign', staff: target.assignee },
            done:
              op.staff === null
                ? t('triage.done.unassign')
                : t('triage.done.assign', { name: op.staff.name }),
            leaves: false,
          };
        }
      }
    },
    [t],
  );

  const perform = useCallback(
    async (op: TriageOp): Promise<boolean> => {
      const p = plan(op);
      if (p === null) return false;
      if (p.ids.length === 0) {
        show(t('triage.actions.nothingOpen'), 'info', null);
        return false;
      }
      const result =
        p.action === 'report'
          ? await call('triage:report-spam', { ids: p.ids })
          : await call('triage:act', { ids: p.ids, action: p.action });
      if (!result.ok) {
        fail(result.error);
        return false;
      }
      const { inverse, ids } = p;
      const undo =
        inverse === null
          ? null
          : () =>
              void call('triage:act', { ids, action: inverse }).then((r) => {
                if (r.ok) show(t('triage.done.undone'), 'info', null);
                else fail(r.error);
              });
      show(p.done, 'success', undo);
      if (p.leaves) latestOnLeft.current(ids);
      return true;
    },
    [fail, plan, show, t],
  );

  const dismiss = useCallback(() => setFeedback(null), []);
  return { perform, feedback, dismiss };
}
