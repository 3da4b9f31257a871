import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../lib/use-format-number.js';
import type { DailyUsage } from './composer-draft.js';

/** Shown from 80 % of the marketplace's daily message limit; at 100 % sending is blocked. */
export function UsageNote({ usage }: { usage: DailyUsage | null }) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  if (usage === null || usage.state === 'ok') return null;
  const values = { sent: fmt(usage.sentToday), limit: fmt(usage.limit) };
  return (
    <Alert
      severity={usage.state === 'blocked' ? 'error' : 'warning'}
      data-testid="composer-usage"
      data-state={usage.state}
      sx={{ py: 0 }}
    >
      {usage.state === 'blocked' ? t('composer.usage.blocked', values) : t('composer.usage.warn', values)}
    </Alert>
  );
}
