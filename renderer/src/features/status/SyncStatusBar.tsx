import { useState } from 'react';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import Sync from '@mui/icons-material/Sync';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/desk-client.js';
import type { AppMode, SyncStatus } from '../../api/desk-types.js';
import { formatAbsoluteTime } from '../../lib/relative-time.js';
import { useErrorText } from '../../lib/use-error-text.js';

interface Props {
  status: SyncStatus | null;
  mode: AppMode;
}

/** Always on screen: staff must know whether what they see is current before they answer. */
export function SyncStatusBar({ status, mode }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    setRetrying(true);
    void call('sync:run', {}).finally(() => setRetrying(false));
  };
  const when = status?.lastSyncedAt ? formatAbsoluteTime(status.lastSyncedAt, i18n.language) : null;

  let icon = <CloudDoneOutlined fontSize="small" color="success" />;
  let text: string = t('status.connected');
  let progress: number | null = null;
  let action: 'retry' | 'sync' | null = null;

  if (mode === 'demo') {
    icon = <ScienceOutlined fontSize="small" color="secondary" />;
    text = t('status.demo');
  } else if (status === null || mode === 'empty') {
    text = mode === 'empty' ? t('status.noAccount') : t('app.loading');
  } else if (status.state === 'syncing' || status.state === 'connecting') {
    icon = <Sync fontSize="small" color="primary" />;
    const p = status.progress;
    text =
      status.state === 'connecting'
        ? t('status.connecting')
        : p && p.total > 0
          ? t('status.syncing', {
              done: p.done.toLocaleString(i18n.language),
              total: p.total.toLocaleString(i18n.language),
            })
          : t('status.syncingNoTotal');
    progress = p && p.total > 0 ? (100 * p.done) / p.total : -1;
  } else if (status.state === 'offline') {
    icon = <CloudOffOutlined fontSize="small" color="warning" />;
    text = when === null ? t('status.offlineNever') : t('status.offline', { when });
    action = 'retry';
  } else if (status.state === 'error') {
    icon = <ErrorOutlined fontSize="small" color="error" />;
    text = t('status.error', { reason: status.error ? errorText(status.error) : t('errors.internal') });
    action = 'retry';
  } else {
    text = status.state === 'idle' ? t('status.idle') : t('status.connected');
    if (when !== null) text += ` · ${t('status.lastSynced', { when })}`;
    action = 'sync';
  }

  return (
    <Box
      role="status"
      aria-live="polite"
      data-testid="sync-status"
      data-state={mode === 'demo' ? 'demo' : (status?.state ?? 'unknown')}
      sx={{ borderTop: 1, borderColor: 'divider', px: 2, py: 0.5, bgcolor: 'background.paper' }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 32 }}>
        {icon}
        <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }} title={text}>
          {text}
        </Typography>
        {progress !== null && (
          <LinearProgress
            sx={{ width: 200 }}
            variant={progress < 0 ? 'indeterminate' : 'determinate'}
            value={Math.max(progress, 0)}
          />
        )}
        {action !== null && (
          <Button
            size="small"
            onClick={retry}
            disabled={retrying}
            variant={action === 'retry' ? 'outlined' : 'text'}
          >
            {action === 'retry' ? t('status.retry') : t('status.syncNow')}
          </Button>
        )}
      </Stack>
    </Box>
  );
}
