import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { useTranslation } from 'react-i18next';
import { formatAbsoluteTime } from '../../lib/relative-time.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { useCorrections } from './use-corrections.js';

export function CorrectionsReview() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { state, lastReset, busy, reset } = useCorrections();
  const [confirming, setConfirming] = useState(false);
  /** Confirmed: the button that opened the question is about to be disabled (nothing left). */
  const [confirmed, setConfirmed] = useState(false);
  const done = useRef<HTMLSpanElement>(null);
  // Focus goes to the result, inside this dialog: left on the disabled button it fell to the
  // page, and Escape no longer closed the settings.
  useEffect(() => {
    if (lastReset !== null) done.current?.focus();
  }, [lastReset]);

  const count = state.status === 'ready' ? state.corrections.length : 0;
  return (
    <Stack sx={{ gap: 2 }} data-testid="corrections">
      <Alert severity="info" icon={false}>
        {t('metrics.corrections.intro')}
      </Alert>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Typography
          variant="subtitle1"
          component="h3"
          sx={{ fontWeight: 600, flex: 1 }}
          data-testid="corrections-count"
        >
          {t('metrics.corrections.count', { n: count })}
        </Typography>
        <Button
          color="error"
          variant="outlined"
          startIcon={<RestartAlt />}
          disabled={count === 0 || busy}
          onClick={() => {
            setConfirmed(false);
            setConfirming(true);
          }}
          data-testid="corrections-reset-all"
        >
          {t('metrics.corrections.resetAll')}
        </Button>
      </Stack>
      {lastReset !== null &&
        ('error' in lastReset ? (
          <Alert severity="error">
            {t('metrics.corrections.failed', { reason: errorText(lastReset.error) })}
          </Alert>
        ) : (
          <Typography
            ref={done}
            tabIndex={-1}
            variant="body2"
            color="text.secondary"
            role="status"
            data-testid="corrections-reset-done"
          >
            {t('metrics.corrections.resetDone', { n: lastReset.removed })}
          </Typography>
        ))}
      {state.status === 'loading' && <CircularProgress size={24} />}
      {state.status === 'error' && (
        <Alert severity="error">{t('metrics.settings.loadFailed', { reason: errorText(state.error) })}</Alert>
      )}
      {state.status === 'ready' && count === 0 && (
        <Typography color="text.secondary" data-testid="corrections-empty">
          {t('metrics.corrections.empty')}
        </Typography>
      )}
      {state.status === 'ready' && count > 0 && (
        <Table size="small" data-testid="corrections-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('metrics.corrections.subject')}</TableCell>
              <TableCell>{t('metrics.corrections.category')}</TableCell>
              <TableCell>{t('metrics.corrections.at')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {state.corrections.map((c) => {
              const subject = c.subject.trim() === '' ? t('metrics.corrections.noSubject') : c.subject;
              return (
                <TableRow key={c.messageId} data-testid="correction-row">
                  <TableCell
                    sx={{ maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  >
                    {subject}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={t(`metrics.category.${c.category}`)} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatAbsoluteTime(c.at, i18n.language)}
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={t('metrics.corrections.resetOne', { subject })}
                      onClick={() => reset([c.messageId])}
                    >
                      {t('metrics.corrections.reset')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        maxWidth="xs"
        disableRestoreFocus={confirmed}
      >
        <DialogTitle>{t('metrics.corrections.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('metrics.corrections.confirmBody', { n: count })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} autoFocus>
            {t('metrics.corrections.cancel')}
          </Button>
          <Button
            color="error"
            variant="contained"
            data-testid="corrections-confirm-reset"
            onClick={() => {
              setConfirmed(true);
              setConfirming(false);
              reset(null);
            }}
          >
            {t('metrics.corrections.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
