import { useEffect, useState } from 'react';
import { Alert, Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import Refresh from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result.js';
import type { TemplateLanguage } from '../../../../shared/domain/templates/types.js';
import { call } from '../../api/desk-client.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { previewSegments } from './placeholder-text.js';
import type { RenderValue } from './template-types.js';

interface Props {
  templateId: string;
  messageId: string;
  language: TemplateLanguage;
  /** Changes when the template is saved, so the preview follows the stored version. */
  version: string;
  dirty: boolean;
}

type Outcome = { status: 'done'; value: RenderValue } | { status: 'failed'; error: ApiError };

/**
 * The saved template rendered against the open message (templates:render with use=false, so a
 * preview never counts as a use). Missing values stay `{{name}}` and are marked, exactly as the
 * composer would receive them.
 */
export function TemplatePreview({ templateId, messageId, language, version, dirty }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [tick, setTick] = useState(0);
  // The outcome remembers which request it answers; any other is still loading (no reset in the effect).
  const key = JSON.stringify([templateId, messageId, language, version, tick]);
  const [outcome, setOutcome] = useState<{ key: string; outcome: Outcome } | null>(null);
  useEffect(() => {
    let alive = true;
    void call('templates:render', { templateId, messageId, language, values: {}, use: false }).then((res) => {
      if (!alive) return;
      setOutcome({
        key,
        outcome: res.ok ? { status: 'done', value: res.value } : { status: 'failed', error: res.error },
      });
    });
    return () => {
      alive = false;
    };
  }, [templateId, messageId, language, key]);
  const state = outcome?.key === key ? outcome.outcome : null;

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="template-preview">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" component="h4" sx={{ flex: 1 }}>
          {t('templates.preview.title')}
        </Typography>
        <Button size="small" startIcon={<Refresh />} onClick={() => setTick((n) => n + 1)}>
          {t('templates.preview.refresh')}
        </Button>
      </Stack>
      {dirty && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('templates.preview.savedOnly')}
        </Typography>
      )}
      {state === null && <CircularProgress size={20} />}
      {state?.status === 'failed' && (
        <Alert severity="error">{t('templates.preview.failed', { reason: errorText(state.error) })}</Alert>
      )}
      {state?.status === 'done' && <Rendered value={state.value} wanted={language} />}
    </Paper>
  );
}

function Rendered({ value, wanted }: { value: RenderValue; wanted: TemplateLanguage }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1}>
      {value.language !== wanted && (
        <Alert severity="info" sx={{ py: 0 }}>
          {t('templates.preview.otherLanguage', { language: t(`templates.languages.${wanted}`) })}
        </Alert>
      )}
      <Marked text={value.subject} missing={value.missing} bold testId="template-preview-subject" />
      <Marked text={value.body} missing={value.missing} testId="template-preview-body" />
      {value.missing.length > 0 ? (
        <Alert severity="warning" sx={{ py: 0 }} data-testid="template-preview-missing">
          {t('templates.preview.missing', { names: value.missing.join(', ') })}
        </Alert>
      ) : (
        <Typography variant="body2" color="success.main">
          {t('templates.preview.complete')}
        </Typography>
      )}
    </Stack>
  );
}

function Marked(props: { text: string; missing: readonly string[]; bold?: boolean; testId: string }) {
  return (
    <Box
      data-testid={props.testId}
      sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontWeight: props.bold ? 600 : undefined }}
    >
      {/* A static list rebuilt on each render: the index is a stable key. */}
      {previewSegments(props.text, props.missing).map((s, i) =>
        s.missing === null ? (
          <span key={i}>{s.text}</span>
        ) : (
          <Box
            component="mark"
            key={i}
            data-missing={s.missing}
            sx={{ bgcolor: 'warning.light', color: 'warning.contrastText', borderRadius: 0.5, px: 0.25 }}
          >
            {s.text}
          </Box>
        ),
      )}
    </Box>
  );
}
