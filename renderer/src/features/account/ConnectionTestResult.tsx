import { Alert, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
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

/** Each step in plain words of the UI language; the core's English message stays as a detail. */
function useStepText(): (step: TestStep) => string {
  const { t } = useTranslation();
  return (step) => {
    if (isTestCode(step.code)) return t(`account.testCodes.${step.code}`);
    if (isErrorCode(step.code)) return t(`errors.${step.code}`);
    return step.message;
  };
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
                s.ok && s.code === 'ok'
                  ? undefined
                  : `${stepText(s)}${s.ok || s.code === 'skipped' ? '' : ` (${s.message})`}`
              }
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
