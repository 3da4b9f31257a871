import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { QueueInfo } from '../../api/desk-types.js';
import { AssigneeChip } from '../../components/AssigneeChip.js';
import { DeadlineCountdown } from '../../components/DeadlineCountdown.js';
import { reasonParts, type ReasonPart } from '../../components/triage-format.js';

function useReasonText(): (part: ReasonPart) => string {
  const { t } = useTranslation();
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
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const why = reasonParts(queue.reasons).map(reasonText).join(t('triage.reasons.separator'));
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0, mt: 0.25 }}>
      <DeadlineCountdown deadline={queue.deadline} now={now} />
      <Typography
        variant="caption"
        color="text.secondary"
        noWrap
        sx={{ flex: 1, minWidth: 0 }}
        title={why}
        aria-label={`${t('triage.reasons.label')}: ${why}`}
        data-testid="queue-reasons"
      >
        {why}
      </Typography>
      {assignee !== null && <AssigneeChip name={assignee} />}
    </Stack>
  );
}
