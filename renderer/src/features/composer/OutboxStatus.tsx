import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutboxItemView } from '../../../../shared/api/schemas/outbox.js';
import { OutboxRow } from './OutboxRow.js';

const SHOWN_SENT = 3;

/**
 * The replies of this conversation that went through the outbox. Unsent ones first (they need
 * attention), then the last few sent; older sent replies are in the thread itself.
 */
export function OutboxStatus({
  items,
  onRestored,
}: {
  items: readonly OutboxItemView[];
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  const open = items.filter((i) => i.state !== 'sent');
  const sent = items
    .filter((i) => i.state === 'sent')
    .sort((a, b) => ((a.sentAt ?? '') < (b.sentAt ?? '') ? 1 : -1))
    .slice(0, SHOWN_SENT);
  const shown = [...open, ...sent];
  if (shown.length === 0) return null;
  return (
    <Stack spacing={1} data-testid="outbox-status">
      <Typography variant="subtitle2" component="h3">
        {t('outbox.title')}
      </Typography>
      {shown.map((item) => (
        <OutboxRow key={item.id} item={item} onRestored={onRestored} />
      ))}
    </Stack>
  );
}
