import { useState } from 'react';
import { Alert, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result.js';
import { call, isUnavailable } from '../../api/desk-client.js';
import { useErrorText } from '../../lib/use-error-text.js';

/** The no-account path: fills the local store from the sample mailbox shipped with the app. */
export function DemoCard({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;

  const load = async () => {
    setLoading(true);
    setError(null);
    const r = await call('demo:load', {});
    setLoading(false);
    if (r.ok) onLoaded();
    else if (isUnavailable(r.error)) setHidden(true);
    else setError(r.error);
  };

  return (
    <Paper variant="outlined" sx={{ p: 3, borderColor: 'secondary.main', borderWidth: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="h6">{t('account.demoTitle')}</Typography>
        <Typography color="text.secondary">{t('account.demoBody')}</Typography>
        <Button
          variant="contained"
          color="secondary"
          size="large"
          startIcon={loading ? <CircularProgress size={18} color="inherit" /> : <ScienceOutlined />}
          onClick={() => void load()}
          disabled={loading}
          data-testid="try-demo"
        >
          {loading ? t('account.demoLoading') : t('account.tryDemo')}
        </Button>
        {error !== null && <Alert severity="error">{errorText(error)}</Alert>}
      </Stack>
    </Paper>
  );
}
