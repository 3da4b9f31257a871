import { useState } from 'react';
import {
  AppBar,
  Box,
  Dialog,
  IconButton,
  ToggleButton,
  ToggleButtonGroup,
  Toolbar,
  Tooltip,
  Typography,
} from '@mui/material';
import Close from '@mui/icons-material/Close';
import Refresh from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import { formatAbsoluteTime } from '../../lib/relative-time.js';
import { MetricsBody } from './MetricsBody.js';
import { PERIODS, type Period } from './metrics-view.js';
import { useMetrics } from './use-metrics.js';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** Full-screen, Esc or × closes; the content mounts only while open so nothing polls in the background. */
export function MetricsDialog({ open, onClose }: Props) {
  return (
    <Dialog fullScreen open={open} onClose={onClose} aria-labelledby="metrics-title">
      {open && <MetricsScreen onClose={onClose} />}
    </Dialog>
  );
}

function MetricsScreen({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState<Period>(30);
  const handle = useMetrics();
  const generatedAt = handle.state.status === 'ready' ? handle.state.metrics.generatedAt : null;
  return (
    <Box data-testid="metrics-dialog" sx={{ display: 'flex', flexDirection: 'column', minHeight: '100%' }}>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Tooltip title={`${t('metrics.close')} (Esc)`}>
            <IconButton edge="start" color="inherit" onClick={onClose} aria-label={t('metrics.close')}>
              <Close />
            </IconButton>
          </Tooltip>
          <Typography id="metrics-title" variant="h6" component="h2" sx={{ fontSize: 18 }}>
            {t('metrics.title')}
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={period}
            aria-label={t('metrics.period')}
            onChange={(_, value: Period | null) => {
              // Clicking the selected button again would deselect it; a period must stay chosen.
              if (value !== null) setPeriod(value);
            }}
          >
            {PERIODS.map((p) => (
              <ToggleButton
                key={p}
                value={p}
                data-testid={`metrics-period-${p}`}
                sx={{ px: 1.5, textTransform: 'none' }}
              >
                {t('metrics.lastDays', { n: p })}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Box sx={{ flex: 1 }} />
          {generatedAt !== null && (
            <Typography variant="body2" color="text.secondary" data-testid="metrics-updated">
              {t('metrics.updatedAt', { time: formatAbsoluteTime(generatedAt, i18n.language) })}
            </Typography>
          )}
          <Tooltip title={t('metrics.refresh')}>
            <span>
              <IconButton
                color="inherit"
                onClick={handle.refresh}
                disabled={handle.refreshing}
                aria-label={t('metrics.refresh')}
                data-testid="metrics-refresh"
              >
                <Refresh />
              </IconButton>
            </span>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Box sx={{ p: 3, maxWidth: 1280, width: '100%', mx: 'auto', overflow: 'auto' }}>
        <MetricsBody handle={handle} period={period} />
      </Box>
    </Box>
  );
}
