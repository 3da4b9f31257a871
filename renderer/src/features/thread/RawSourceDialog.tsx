import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import type { RawResult } from '../../api/desk-types.js';
import { useErrorText } from '../../lib/use-error-text.js';

/** Mounted only while open, so the (possibly 2 MB) source is fetched on demand and then dropped. */
export function RawSourceDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [raw, setRaw] = useState<Result<RawResult> | null>(null);

  useEffect(() => {
    let live = true;
    void call('messages:raw', { id }).then((r) => {
      if (live) setRaw(r);
    });
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth>
      <DialogTitle>{t('body.rawTitle')}</DialogTitle>
      <DialogContent dividers>
        {raw === null && <CircularProgress size={24} />}
        {raw !== null && !raw.ok && <Alert severity="error">{errorText(raw.error)}</Alert>}
        {raw !== null && raw.ok && (
          <>
            {raw.value.truncated && (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {t('body.rawTruncated')}
              </Alert>
            )}
            <Box
              component="pre"
              data-testid="raw-source"
              sx={{
                m: 0,
                fontSize: 12,
                fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-all',
              }}
            >
              {raw.value.source}
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('body.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
