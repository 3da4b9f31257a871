import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import type { SaveStatus } from './use-autosave.js';

/** Quiet on purpose: "Saved 10:42" is reassurance, not news. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  if (status.state === 'idle') return null;
  const text =
    status.state === 'saving'
      ? t('composer.saving')
      : status.state === 'saved'
        ? t('composer.saved', {
            time: new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(
              new Date(status.at),
            ),
          })
        : t('composer.saveFailed', { reason: errorText(status.error) });
  return (
    <Typography
      variant="caption"
      color={status.state === 'failed' ? 'error' : 'text.secondary'}
      data-testid="composer-save-status"
      data-state={status.state}
      aria-live="polite"
    >
      {text}
    </Typography>
  );
}
