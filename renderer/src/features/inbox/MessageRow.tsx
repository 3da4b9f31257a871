import { memo } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import AttachFile from '@mui/icons-material/AttachFile';
import { useTranslation } from 'react-i18next';
import { triageMarksOf } from '../../../../shared/domain/triage/keywords.js';
import type { MessageSummary, QueueSummary } from '../../api/desk-types.js';
import { HoverTooltip } from '../../components/HoverTooltip.js';
import { CategoryChip } from '../../components/CategoryChip.js';
import { LanguageBadge } from '../../components/LanguageBadge.js';
import { RelativeTime } from '../../components/RelativeTime.js';
import { QueueLine } from './QueueLine.js';

export const ROW_HEIGHT = 80;
/** Needs-reply rows carry a fourth line (countdown, why, assignee). */
export const QUEUE_ROW_HEIGHT = 102;

interface Props {
  index: number;
  message: QueueSummary | undefined;
  selected: boolean;
  now: number;
  height: number;
  onActivate: (index: number) => void;
  staffName: (id: string) => string;
}

export function senderLabel(m: MessageSummary): string {
  if (m.mailbox === 'sent') {
    const to = m.to[0];
    return to === undefined ? '' : to.name || to.address;
  }
  return m.buyer?.name || m.from?.name || m.from?.address || '';
}

/**
 * One fixed-height row: a fixed height lets the virtual list place 100,000 rows without measuring.
 * Memoised with stable props so moving the selection with j/k re-renders two rows, not the screen.
 */
export const MessageRow = memo(function MessageRow({
  index,
  message,
  selected,
  now,
  height,
  onActivate,
  staffName,
}: Props) {
  const { t } = useTranslation();
  if (message === undefined) {
    return (
      <Box sx={{ height, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="body2" color="text.disabled">
          {t('list.loadingRow')}
        </Typography>
      </Box>
    );
  }
  const unread = message.mailbox === 'inbox' && !message.flags.some((f) => f.toLowerCase() === '\\seen');
  const weight = unread ? 700 : 400;
  const sender = senderLabel(message);
  const assignee = triageMarksOf(message.flags).assignee;
  return (
    <Box
      role="option"
      aria-selected={selected}
      data-message-id={message.id}
      onClick={() => onActivate(index)}
      sx={{
        height,
        px: 2,
        py: 1,
        cursor: 'pointer',
        borderBottom: 1,
        borderColor: 'divider',
        borderLeft: 3,
        borderLeftColor: selected ? 'primary.main' : 'transparent',
        bgcolor: selected ? 'action.selected' : 'transparent',
        '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
        overflow: 'hidden',
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
        {unread && (
          <Box
            aria-label={t('list.unread')}
            sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: 'primary.main', flex: 'none' }}
          />
        )}
        <Typography variant="body2" noWrap sx={{ fontWeight: weight, flex: 1, minWidth: 0 }}>
          {message.mailbox === 'sent' ? `${t('thread.to')}: ` : ''}
          {sender || t('list.unknownSender')}
        </Typography>
        {message.mailbox === 'inbox' && <CategoryChip message={message} />}
        <LanguageBadge language={message.language} />
        {message.attachments.length > 0 && (
          <HoverTooltip title={t('list.attachment')}>
            <AttachFile sx={{ fontSize: 16, color: 'text.secondary' }} aria-label={t('list.attachment')} />
          </HoverTooltip>
        )}
        <RelativeTime iso={message.date} now={now} />
      </Stack>
      <Typography variant="body2" noWrap sx={{ fontWeight: weight }}>
        {message.subject || t('list.noSubject')}
      </Typography>
      <Typography variant="caption" color="text.secondary" noWrap component="div">
        {message.snippet}
      </Typography>
      {message.queue !== undefined && (
        <QueueLine
          queue={message.queue}
          now={now}
          assignee={assignee === null ? null : staffName(assignee)}
        />
      )}
    </Box>
  );
});
