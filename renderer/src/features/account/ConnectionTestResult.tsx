import { Alert, Box, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Cancel from '@mui/icons-material/Cancel';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlined';
import { useTranslation } from 'react-i18next';
import { isErrorCode } from '../../../../shared/api/result.js';
import type { TestResult, TestStep } from '../../api/desk-types.js';

const TEST_CODES = [
  'ok',
  'skipped',
  'invalid-settings',
  'tcp-failed',
  'starttls-unsupported',
  'ca-file-invalid',
  'cert-untrusted',
  'cert-expired',
  'cert-not-yet-valid',
  'cert-hostname',
  'imap4rev1-missing',
] as const;
type TestCode = (typeof TEST_CODES)[number];

function isTestCode(code: string): code is TestCode {
  return (TEST_CODES as readonly string[]).includes(code);
}

/**
 * Each step in plain words of the UI language, picked by the stable code. The core's message is
 * English, so it never joins the sentence: it waits in a collapsed details area for whoever helps.
 */
function useStepText(): (step: TestStep) => string {
  const { t } = useTranslation();
  return (step) => {
    if (isTestCode(step.code)) return t(`account.testCodes.${step.code}`);
    if (isErrorCode(step.code)) return t(`errors.${step.code}`);
    return t('account.stepFailed');
  };
}

function StepDetails({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Box component="details" data-testid="step-details" sx={{ mt: 0.5 }}>
      <Box component="summary" sx={{ cursor: 'pointer' }}>
        {t('account.testDetails')}
      </Box>
      <Box
        component="code"
        lang="en"
        sx={{ display: 'block', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      >
        {message}
      </Box>
    </Box>
  );
}

export function ConnectionTestResult({ result }: { result: TestResult }) {
  const { t } = useTranslation();
  const stepText = useStepText();
  const failed = result.steps.find((s) => !s.ok && s.code !== 'skipped');
  return (
    <>
      {result.ok ? (
        <Alert severity="success">{t('account.testOk')}</Alert>
      ) : (
        <Alert severity="error">
          {t('account.testFailed', { step: failed === undefined ? '' : t(`account.steps.${failed.step}`) })}
        </Alert>
      )}
      <List dense data-testid="test-steps">
        {result.steps.map((s) => (
          <ListItem key={s.step} data-step={s.step} data-ok={s.ok}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {s.ok ? (
                <CheckCircle color="success" fontSize="small" />
              ) : s.code === 'skipped' ? (
                <RemoveCircleOutline color="disabled" fontSize="small" />
              ) : (
                <Cancel color="error" fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={t(`account.steps.${s.step}`)}
              secondary={
                s.ok && s.code === 'ok' ? undefined : (
                  <>
                    {stepText(s)}
                    {!s.ok && s.code !== 'skipped' && s.message !== '' && <StepDetails message={s.message} />}
                  </>
                )
              }
              // The details area is a block element, which a <p> may not contain.
              slotProps={{ secondary: { component: 'div' } }}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
