import { Alert, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { CategoryPanel } from './CategoryPanel.js';
import { HeadlineFigures } from './HeadlineFigures.js';
import { MetricsNote } from './MetricsNote.js';
import { isEmptyStore, staffRows, windowFor, type Period } from './metrics-view.js';
import { StaffPanel } from './StaffPanel.js';
import type { MetricsHandle } from './use-metrics.js';
import { useMetricsFormat } from './use-metrics-format.js';

interface Props {
  handle: MetricsHandle;
  period: Period;
}

export function MetricsBody({ handle, period }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useMetricsFormat();
  const { state } = handle;

  if (state.status === 'loading') {
    return (
      <Stack sx={{ alignItems: 'center', p: 6, gap: 2 }} role="status">
        <CircularProgress />
        <Typography color="text.secondary">{t('metrics.loading')}</Typography>
      </Stack>
    );
  }
  if (state.status === 'error') {
    return (
      <Alert
        severity="error"
        data-testid="metrics-error"
        action={
          <Button color="inherit" size="small" onClick={handle.refresh}>
            {t('metrics.retry')}
          </Button>
        }
      >
        {t('metrics.loadFailed', { reason: errorText(state.error) })}
      </Alert>
    );
  }

  const { metrics, staff } = state;
  const w = windowFor(metrics, period);
  if (isEmptyStore(metrics) || w === null) {
    return (
      <Stack sx={{ gap: 3 }}>
        <Paper variant="outlined" sx={{ p: 5, textAlign: 'center' }} data-testid="metrics-empty">
          <InsightsOutlined sx={{ fontSize: 48, color: 'text.disabled' }} />
          <Typography variant="h6" component="h3" sx={{ mt: 1 }}>
            {t('metrics.emptyTitle')}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 1, maxWidth: 560, mx: 'auto' }}>
            {t('metrics.emptyBody')}
          </Typography>
        </Paper>
        <MetricsNote />
      </Stack>
    );
  }
  return (
    <Stack sx={{ gap: 3 }}>
      <HeadlineFigures window={w} overdueNow={metrics.overdueNow} format={format} />
      {w.buyerMessages === 0 ? (
        <Alert severity="info" data-testid="metrics-empty-window">
          {t('metrics.emptyWindow', { n: period })}
        </Alert>
      ) : (
        <>
          <CategoryPanel window={w} overdueByCategory={metrics.overdueByCategory} format={format} />
          <StaffPanel rows={staffRows(w, metrics.overdueByStaff, staff)} format={format} />
        </>
      )}
      <MetricsNote />
    </Stack>
  );
}
