import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, CircularProgress, CssBaseline } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/result.js';
import { call } from './api/desk-client.js';
import type { AppMode } from './api/desk-types.js';
import { AccountSetup } from './features/account/AccountSetup.js';
import { DeskShell } from './features/inbox/DeskShell.js';
import { RowTextProvider } from './i18n/use-row-translation.js';
import { useErrorText } from './lib/use-error-text.js';
import { theme } from './theme.js';

type Screen =
  | { screen: 'loading' }
  | { screen: 'failed'; error: ApiError }
  | { screen: 'setup'; firstRun: boolean; mode: AppMode }
  | { screen: 'desk'; mode: AppMode };

/** First run (empty store, no account) opens account setup with the demo offer; otherwise the desk. */
async function boot(): Promise<Screen> {
  const [info, account] = await Promise.all([call('app:info', {}), call('account:get', {})]);
  if (!info.ok) return { screen: 'failed', error: info.error };
  const mode = info.value.mode;
  const hasAccount = account.ok && account.value !== null;
  if (mode === 'empty' && !hasAccount) return { screen: 'setup', firstRun: true, mode };
  return { screen: 'desk', mode };
}

export function App() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [screen, setScreen] = useState<Screen>({ screen: 'loading' });
  const reboot = useCallback(() => void boot().then(setScreen), []);

  useEffect(() => {
    let live = true;
    void boot().then((s) => {
      if (live) setScreen(s);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <ThemeProvider theme={theme}>
      <RowTextProvider>
        <CssBaseline />
        {screen.screen === 'loading' && (
          <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
            <CircularProgress aria-label={t('app.loading')} />
          </Box>
        )}
        {screen.screen === 'failed' && (
          <Alert severity="error" sx={{ m: 4 }}>
            {t('app.bootFailed', { reason: errorText(screen.error) })}
          </Alert>
        )}
        {screen.screen === 'setup' && (
          <AccountSetup
            firstRun={screen.firstRun}
            onDone={reboot}
            onCancel={screen.firstRun ? null : () => setScreen({ screen: 'desk', mode: screen.mode })}
          />
        )}
        {screen.screen === 'desk' && (
          <DeskShell
            mode={screen.mode}
            onAccount={() => setScreen({ screen: 'setup', firstRun: false, mode: screen.mode })}
          />
        )}
      </RowTextProvider>
    </ThemeProvider>
  );
}
