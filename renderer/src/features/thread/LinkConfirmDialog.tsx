import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { parseSafeExternalUrl } from '../../../../shared/domain/url-policy.js';
import { call } from '../../api/desk-client.js';
import { useErrorText } from '../../lib/use-error-text.js';

interface Props {
  url: string | null;
  onClose: () => void;
}

/**
 * Shows where a link really goes before anything opens it: mail text can say amazon.co.jp while
 * the href says otherwise. Open is only offered for a URL the policy accepts, and main checks it
 * again before the system browser sees it (the window is the side that renders hostile mail).
 */
export function LinkConfirmDialog({ url, onClose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const safe = url === null ? null : parseSafeExternalUrl(url);
  // Keyed by the link they belong to, so a new link never shows the previous link's state.
  const [busyFor, setBusyFor] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ url: string; text: string } | null>(null);
  const busy = url !== null && busyFor === url;
  const problemText = problem !== null && problem.url === url ? problem.text : null;

  const open = async (from: string, href: string): Promise<void> => {
    setBusyFor(from);
    setProblem(null);
    // The normalised href, the exact string the dialog shows, is what is sent.
    const result = await call('shell:open-external', { url: href });
    setBusyFor(null);
    if (result.ok && result.value.opened) return onClose();
    const text = result.ok
      ? t('body.linkOpenFailed')
      : result.error.code === 'invalid-request'
        ? t('body.linkUnsafe')
        : errorText(result.error);
    setProblem({ url: from, text });
  };

  return (
    <Dialog open={url !== null} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('body.linkConfirmTitle')}</DialogTitle>
      <DialogContent>
        {safe === null ? (
          <Alert severity="error">{t('body.linkUnsafe')}</Alert>
        ) : (
          <>
            <Typography gutterBottom>{t('body.linkConfirmBody')}</Typography>
            <Box
              component="code"
              data-testid="link-target"
              sx={{
                display: 'block',
                p: 1.5,
                bgcolor: 'action.hover',
                borderRadius: 1,
                wordBreak: 'break-all',
              }}
            >
              {safe.display}
            </Box>
            {safe.hasIdnHost && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                {t('body.linkIdnWarning')}
              </Alert>
            )}
            {problemText !== null && (
              <Alert severity="error" sx={{ mt: 2 }} data-testid="link-open-problem">
                {problemText}
              </Alert>
            )}
          </>
        )}
        {safe === null && url !== null && (
          <Box
            component="code"
            sx={{ display: 'block', mt: 2, wordBreak: 'break-all', color: 'text.secondary' }}
          >
            {url.slice(0, 300)}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('body.close')}</Button>
        <Button
          variant="contained"
          disabled={safe === null || busy}
          onClick={() => {
            if (url !== null && safe !== null) void open(url, safe.href);
          }}
          data-testid="link-open"
        >
          {t('body.linkOpen')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
