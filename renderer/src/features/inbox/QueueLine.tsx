import { useRowTranslation } from '../../i18n/use-row-translation.js';
import type { QueueInfo } from '../../api/desk-types.js';
import { DeadlineCountdown } from '../../components/DeadlineCountdown.js';
import { RowIcon } from '../../components/row-icons.js';
import { reasonParts, type ReasonPart } from '../../components/triage-format.js';
import './message-row.css';

function useReasonText(): (part: ReasonPart) => string {
  const { t } = useRowTranslation();
  return (part) => {
    switch (part.key) {
      case 'follow-up':
      case 'follow-ups':
        return t(`triage.reasons.${part.key}`, { n: part.n });
      default:
        return t(`triage.reasons.${part.key}`);
    }
  };
}

/** A Needs-reply row's last line: the ticking countdown, why it ranks here, and who has it. */
export function QueueLine({
  queue,
  now,
  assignee,
}: {
  queue: QueueInfo;
  now: number;
  assignee: string | null;
}) {
  const { t } = useRowTranslation();
  const reasonText = useReasonText();
  const why = reasonParts(queue.reasons).map(reasonText).join(t('triage.reasons.separator'));
  return (
    <div className="hd-row__queue">
      <DeadlineCountdown deadline={queue.deadline} now={now} />
      <span
        className="hd-row__why"
        title={why}
        aria-label={`${t('triage.reasons.label')}: ${why}`}
        data-testid="queue-reasons"
      >
        {why}
      </span>
      {assignee !== null && (
        <span
          className="hd-pill hd-assignee"
          data-testid="assignee-chip"
          title={t('triage.assignee.assignTo', { name: assignee })}
        >
          <RowIcon name="assignee" />
          {assignee}
        </span>
      )}
    </div>
  );
}
