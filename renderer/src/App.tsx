import { useEffect, useState } from 'react';
import { Alert, Box, CircularProgress, Container, CssBaseline, Stack, Typography } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import type { Res } from '../../shared/api/types.js';
import type { ApiError } from '../../shared/api/result.js';

type AppInfo = Res<'app:info'>;
type Load = { state: 'loading' } | { state: 'ready'; info: AppInfo } | { state: 'failed'; error: ApiError };

const theme = createTheme();

/** Placeholder screen: proves the bridge works end to end until the inbox feature lands. */
export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    window.helpdesk
      .invoke('app:info', {})
      .then((result) => {
        if (!live) return;
        setLoad(
          result.ok ? { state: 'ready', info: result.value } : { state: 'failed', error: result.error },
        );
      })
      .catch((error: unknown) => {
        if (live) setLoad({ state: 'failed', error: { code: 'internal', message: String(error) } });
      });
    return () => {
      live = false;
    };
  }, []);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Container maxWidth="sm" sx={{ py: 6 }}>
        <Stack spacing={3}>
          <Box>
            <Typography variant="h4" component="h1">
              Seller Helpdesk
            </Typography>
            <Typography variant="subtitle1" color="text.secondary">
              Buyer messages, triaged and answered within the marketplace rules
            </Typography>
          </Box>
          {load.state === 'loading' && <CircularProgress aria-label="Loading" />}
          {load.state === 'failed' && (
            <Alert severity="error">
              {load.error.message} ({load.error.code})
            </Alert>
          )}
          {load.state === 'ready' && (
            <Box component="dl" sx={{ m: 0 }}>
              <Typography component="dt" variant="overline">
                Version
              </Typography>
              <Typography component="dd" sx={{ m: 0 }} data-testid="app-version">
                {load.info.version}
              </Typography>
              <Typography component="dt" variant="overline">
                Data folder
              </Typography>
              <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all' }} data-testid="app-data-dir">
                {load.info.dataDir}
              </Typography>
            </Box>
          )}
        </Stack>
      </Container>
    </ThemeProvider>
  );
}
