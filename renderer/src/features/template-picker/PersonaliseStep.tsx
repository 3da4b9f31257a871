import { templateDisplayName } from '../../../../shared/domain/templates/starter/names.js';
import { useMemo, useState } from 'react';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result.js';
import type { Language } from '../../../../shared/domain/message.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { FieldInput } from './FieldInput.js';
import { LanguageMarker } from './LanguageMarker.js';
import { pickerFields } from './picker-fields.js';
import { PreviewText } from './PreviewText.js';
import type { Suggestion } from './use-suggestions.js';
import { renderForInsert, useTemplatePreview } from './use-template-render.js';

interface Props {
  suggestion: Suggestion;
  messageId: string;
  buyerLanguage: Language;
  onBack: () => void;
  onInsert: (body: string) => void;
}

/**
 * Step two: the template's placeholders with what the core could prefill, a live preview, and
 * Insert. Inserting with values still missing is allowed on purpose: they stay `{{name}}` in
 * the reply, where the composer's check marks them and blocks Send until they are filled.
 */
export function PersonaliseStep({ suggestion, messageId, buyerLanguage, onBack, onInsert }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [inserting, setInserting] = useState(false);
  const [insertError, setInsertError] = useState<ApiError | null>(null);
  const target = useMemo(
    () => ({ templateId: suggestion.templateId, messageId, language: suggestion.language }),
    [suggestion.templateId, suggestion.language, messageId],
  );
  const preview = useTemplatePreview(target, typed);
  const result = preview.result;
  const fields = useMemo(
    () => (result === null ? [] : pickerFields(result.fields, result.missing, typed)),
    [result, typed],
  );
  const firstMissing = fields.find((f) => f.missing)?.name ?? null;
  const missingCount = fields.filter((f) => f.missing).length;

  const insert = () => {
    setInserting(true);
    setInsertError(null);
    void renderForInsert(target, typed).then((r) => {
      setInserting(false);
      if (r.ok) onInsert(r.value.body);
      else setInsertError(r.error);
    });
  };

  return (
    <Stack
      spacing={1.5}
      data-testid="template-personalise"
      // Enter in a field inserts, as it would submit a form; not while an IME is composing.
      onKeyDown={(e) => {
        const el = e.target;
        if (e.key !== 'Enter' || e.nativeEvent.isComposing || !(el instanceof HTMLInputElement)) return;
        if (el.type !== 'text' || result === null || inserting) return;
        e.preventDefault();
        insert();
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<ArrowBack />} onClick={onBack} data-testid="template-back">
          {t('templatePicker.back')}
        </Button>
        <Typography sx={{ fontWeight: 600 }}>
          {templateDisplayName(suggestion.templateId, suggestion.name, i18n.language)}
        </Typography>
        <LanguageMarker
          language={result?.language ?? suggestion.language}
          buyerLanguage={buyerLanguage}
          match={result?.buyerLanguageMatch ?? suggestion.buyerLanguageMatch}
        />
        <Box sx={{ flex: 1 }} />
        {missingCount > 0 && (
          <Chip
            size="small"
            color="error"
            variant="outlined"
            label={t('templatePicker.missingCount', { n: missingCount })}
          />
        )}
      </Stack>
      {result === null && preview.state === 'loading' && <LinearProgress />}
      {preview.state === 'failed' && (
        <Alert severity="error">
          {t('templatePicker.previewFailed', { reason: errorText(preview.error) })}
        </Alert>
      )}
      {result !== null && (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('templatePicker.fieldsIntro', { token: '{{…}}' })}
          </Typography>
          {fields.length === 0 ? (
            <Typography variant="body2">{t('templatePicker.noFields')}</Typography>
          ) : (
            <Stack spacing={1.5} sx={{ pt: 0.5 }}>
              {fields.map((f) => (
                <FieldInput
                  key={f.name}
                  field={f}
                  language={result.language}
                  autoFocus={f.name === firstMissing}
                  onChange={(name, value) => setTyped((prev) => ({ ...prev, [name]: value }))}
                />
              ))}
            </Stack>
          )}
          <Typography variant="subtitle2" component="h4">
            {t('templatePicker.preview')}
          </Typography>
          <PreviewText text={result.body} missing={result.missing} />
          <Typography variant="caption" color="text.secondary">
            {t('templatePicker.subjectNote')}
          </Typography>
        </>
      )}
      {insertError !== null && (
        <Alert severity="error" data-testid="template-insert-error">
          {t('templatePicker.insertFailed', { reason: errorText(insertError) })}
        </Alert>
      )}
      {/* Sticky, so Insert stays in reach however long the form and preview are. */}
      <Stack
        direction="row"
        sx={{
          justifyContent: 'flex-end',
          position: 'sticky',
          bottom: -16,
          py: 1,
          bgcolor: 'background.paper',
        }}
      >
        <Button
          // Remounted when the form appears, so autoFocus applies when no field needs typing.
          key={result === null ? 'waiting' : 'ready'}
          variant="contained"
          onClick={insert}
          disabled={result === null || inserting}
          autoFocus={result !== null && firstMissing === null}
          data-testid="template-insert"
        >
          {inserting ? t('templatePicker.inserting') : t('templatePicker.insert')}
        </Button>
      </Stack>
    </Stack>
  );
}
