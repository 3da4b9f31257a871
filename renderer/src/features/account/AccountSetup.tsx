import {
  Alert,
  Box,
  Button,
  Checkbox,
  Container,
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { ConnectionTestResult } from './ConnectionTestResult.js';
import { DemoCard } from './DemoCard.js';
import { applyProvider, PROVIDERS, providerOf } from './providers.js';
import { ServerFields } from './ServerFields.js';
import { useAccountForm } from './use-account-form.js';

interface Props {
  /** First run offers the demo mailbox; from settings it offers a way back instead. */
  firstRun: boolean;
  onDone: () => void;
  onCancel: (() => void) | null;
}

export function AccountSetup({ firstRun, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const f = useAccountForm(onDone);
  const preset = providerOf(f.imap)?.id ?? 'custom';

  return (
    <Container maxWidth="md" sx={{ py: 4, height: '100vh', overflow: 'auto' }}>
      <Stack spacing={3}>
        <Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {t('account.title')}
          </Typography>
          <Typography color="text.secondary">{t('account.intro')}</Typography>
        </Box>
        {firstRun && <DemoCard onLoaded={onDone} />}
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Stack spacing={2.5} component="form" onSubmit={(e) => e.preventDefault()} autoComplete="off">
            <TextField
              select
              size="small"
              label={t('account.preset')}
              value={preset}
              onChange={(e) => {
                const p = PROVIDERS.find((x) => x.id === e.target.value);
                if (p === undefined) return;
                const next = applyProvider(p, { imap: f.imap, smtp: f.smtp });
                f.setImap(next.imap);
                f.setSmtp(next.smtp);
              }}
              slotProps={{ htmlInput: { 'data-testid': 'preset' } }}
            >
              {PROVIDERS.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
              <MenuItem value="custom">{t('account.presetCustom')}</MenuItem>
            </TextField>
            <ServerFields
              title={t('account.imap')}
              prefix="imap"
              value={f.imap}
              onChange={(imap) => {
                f.setImap(imap);
                // The SMTP login is the same mailbox almost everywhere; follow it until edited apart.
                if (f.smtp.user === '' || f.smtp.user === f.imap.user)
                  f.setSmtp({ ...f.smtp, user: imap.user });
              }}
              showProblems={f.touched !== 'none'}
            />
            <TextField
              type="password"
              size="small"
              label={t('account.password')}
              value={f.imapPassword}
              onChange={(e) => f.setImapPassword(e.target.value)}
              autoComplete="current-password"
              error={f.touched !== 'none' && f.imapPasswordMissing}
              helperText={
                f.touched !== 'none' && f.imapPasswordMissing
                  ? t('account.needPassword')
                  : f.saved?.hasPassword.imap
                    ? t('account.passwordSaved')
                    : t('account.appPasswordHint')
              }
              slotProps={{ htmlInput: { 'data-testid': 'imap-password' } }}
            />
            <ServerFields
              title={t('account.smtp')}
              prefix="smtp"
              value={f.smtp}
              onChange={f.setSmtp}
              showProblems={f.touched === 'all'}
            />
            <FormControlLabel
              control={
                <Checkbox checked={f.samePassword} onChange={(e) => f.setSamePassword(e.target.checked)} />
              }
              label={t('account.smtpSamePassword')}
            />
            {!f.samePassword && (
              <TextField
                type="password"
                size="small"
                label={`${t('account.password')} (SMTP)`}
                value={f.smtpPassword}
                onChange={(e) => f.setSmtpPassword(e.target.value)}
                slotProps={{ htmlInput: { 'data-testid': 'smtp-password' } }}
              />
            )}
            <Stack direction="row" spacing={1}>
              <Button
                variant="outlined"
                onClick={() => void f.runTest()}
                disabled={f.test.state === 'running'}
                data-testid="test-connection"
              >
                {f.test.state === 'running' ? t('account.testing') : t('account.test')}
              </Button>
              <Box sx={{ flex: 1 }} />
              {onCancel !== null && <Button onClick={onCancel}>{t('account.cancel')}</Button>}
              <Button
                variant="contained"
                onClick={() => void f.save()}
                disabled={f.saving}
                data-testid="save-account"
              >
                {f.saving ? t('account.saving') : t('account.save')}
              </Button>
            </Stack>
            {f.test.state === 'done' && <ConnectionTestResult result={f.test.result} />}
            {f.test.state === 'failed' && <Alert severity="error">{errorText(f.test.error)}</Alert>}
            {f.test.state === 'unavailable' && <Alert severity="info">{t('account.testUnavailable')}</Alert>}
            {f.saveError !== null && (
              <Alert severity="error">{t('account.saveFailed', { reason: errorText(f.saveError) })}</Alert>
            )}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
