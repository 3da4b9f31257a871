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

interface Props {
  url: string | null;
  onClose: () => void;
}

/**
 * Shows where a link really goes before anything opens it: mail text can say amazon.co.jp while
 * the href says otherwise. The contract has no "open external" call yet, so the dialog only shows
 * the checked target; main's URL check will gate the real open when that call exists.
 */
export function LinkConfirmDialog({ url, onClose }: Props) {
  const { t } = useTranslation();
  const safe = url === null ? null : parseSafeExternalUrl(url);
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
            <Alert severity="info" sx={{ mt: 2 }}>
              {t('body.linkNotAvailable')}
            </Alert>
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
        <Button variant="contained" disabled>
          {t('body.linkOpen')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
