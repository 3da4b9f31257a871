import { Alert, Button, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TriageFeedback } from './use-triage-actions.js';

/** The result of the last triage action, with "元に戻す" while it can still be undone. */
export function TriageSnackbar({
  feedback,
  onClose,
}: {
  feedback: TriageFeedback | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Snackbar
      key={feedback?.serial}
      open={feedback !== null}
      autoHideDuration={feedback?.severity === 'error' ? null : 8000}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      sx={{ mb: 4 }}
    >
      <Alert
        data-testid="triage-feedback"
        severity={feedback?.severity ?? 'info'}
        variant="filled"
        onClose={onClose}
        action={
          feedback?.undo ? (
            <Button
              color="inherit"
              size="small"
              data-testid="triage-undo"
              onClick={() => {
                feedback.undo?.();
              }}
            >
              {t('triage.actions.undo')}
            </Button>
          ) : undefined
        }
        sx={{ alignItems: 'center' }}
      >
        {feedback?.text}
      </Alert>
    </Snackbar>
  );
}
