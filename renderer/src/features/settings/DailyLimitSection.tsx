import { LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../lib/use-format-number.js';
import { dailyLimit, parseOrderCount } from './reply-settings-form.js';
import type { DailyUsage } from './use-reply-settings.js';

interface Props {
  value: string;
  onChange: (text: string) => void;
  invalid: boolean;
  usage: DailyUsage | null;
}

/** Average daily orders, the limit they give (live, as typed) and today's count against it. */
export function DailyLimitSection({ value, onChange, invalid, usage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const orders = parseOrderCount(value);
  // The limit the new value will give; until it is valid, the core's current one.
  const limit = orders === null ? (usage?.limit ?? null) : dailyLimit(orders);
  return (
    <Stack sx={{ gap: 1.5 }}>
      <TextField
        label={t('replySettings.limit.orders')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={invalid}
        helperText={invalid ? t('replySettings.limit.invalid') : t('replySettings.limit.ordersHelp')}
        sx={{ maxWidth: 360 }}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'average-daily-orders' } }}
      />
      {orders !== null && (
        <Typography sx={{ fontWeight: 500 }} role="status" data-testid="daily-limit">
          {t('replySettings.limit.formula', { orders: fmt(orders), limit: fmt(dailyLimit(orders)) })}
        </Typography>
      )}
      {usage === null || limit === null ? (
        <Typography variant="body2" color="text.secondary">
          {t('replySettings.limit.usageUnavailable')}
        </Typography>
      ) : (
        <Stack sx={{ gap: 0.5, maxWidth: 360 }} data-testid="daily-usage">
          <Typography variant="body2" color={usage.sentToday >= limit ? 'error' : 'text.secondary'}>
            {t('replySettings.limit.usage', { sent: fmt(usage.sentToday), limit: fmt(limit) })}
          </Typography>
          <LinearProgress
            variant="determinate"
            color={usage.sentToday >= limit ? 'error' : usage.state === 'warn' ? 'warning' : 'primary'}
            value={limit === 0 ? 100 : Math.min(100, (usage.sentToday / limit) * 100)}
            aria-hidden
          />
        </Stack>
      )}
    </Stack>
  );
}
