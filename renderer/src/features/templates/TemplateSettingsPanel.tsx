import {
  Alert,
  Button,
  CircularProgress,
  IconButton,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import type { SettingsDraft } from './settings-form.js';
import type { TemplateSettingsHandle } from './use-template-settings.js';

type Field = SettingsDraft['fields'][number];

/** Shop name, the shop's own placeholder fields and the review period. */
export function TemplateSettingsPanel({ handle }: { handle: TemplateSettingsHandle }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { draft, check, setDraft } = handle;
  if (handle.loadError !== null) {
    return (
      <Alert severity="error">{t('templates.loadFailed', { reason: errorText(handle.loadError) })}</Alert>
    );
  }
  if (draft === null || check === null) return <CircularProgress size={24} sx={{ m: 3 }} />;
  const setField = (i: number, patch: Partial<Field>) =>
    setDraft((d) => ({ ...d, fields: d.fields.map((f, k) => (k === i ? { ...f, ...patch } : f)) }));
  const problemText = {
    'key-invalid': t('templates.settings.keyInvalid'),
    'key-duplicate': t('templates.settings.keyDuplicate'),
    'label-empty': t('templates.settings.labelEmpty'),
  };
  return (
    <Stack spacing={3} sx={{ p: 3, maxWidth: 860 }} data-testid="template-settings">
      <TextField
        label={t('templates.settings.shopName')}
        helperText={t('templates.settings.shopNameHelp')}
        value={draft.shopName}
        onChange={(e) => setDraft((d) => ({ ...d, shopName: e.target.value }))}
        slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'template-shop-name' } }}
      />
      <TextField
        label={t('templates.settings.reviewDays')}
        value={draft.reviewDays}
        error={check.reviewDaysInvalid}
        helperText={
          check.reviewDaysInvalid
            ? t('templates.settings.reviewDaysInvalid')
            : t('templates.settings.reviewDaysHelp')
        }
        onChange={(e) => setDraft((d) => ({ ...d, reviewDays: e.target.value }))}
        sx={{ maxWidth: 320 }}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'template-review-days' } }}
      />
      <Stack spacing={1.5}>
        <Typography variant="subtitle1" component="h3">
          {t('templates.settings.customTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('templates.settings.customHelp')}
        </Typography>
        {draft.fields.map((f, i) => {
          const problem = check.fieldProblems[i] ?? null;
          return (
            // Rows have no identity of their own while a key is being typed: the index is it.
            <Stack
              key={i}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'flex-start' }}
              data-testid="template-custom-field"
            >
              <TextField
                size="small"
                label={t('templates.settings.key')}
                value={f.key}
                error={problem === 'key-invalid' || problem === 'key-duplicate'}
                helperText={problem === null ? ' ' : problemText[problem]}
                onChange={(e) => setField(i, { key: e.target.value })}
                sx={{ width: 200 }}
                slotProps={{ htmlInput: { maxLength: 40, spellCheck: false } }}
              />
              <TextField
                size="small"
                label={t('templates.settings.label')}
                value={f.label}
                error={problem === 'label-empty'}
                onChange={(e) => setField(i, { label: e.target.value })}
                sx={{ width: 200 }}
                slotProps={{ htmlInput: { maxLength: 80 } }}
              />
              <TextField
                size="small"
                label={t('templates.settings.value')}
                value={f.value}
                multiline
                maxRows={4}
                onChange={(e) => setField(i, { value: e.target.value })}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { maxLength: 2000 } }}
              />
              <Tooltip title={t('templates.settings.removeField')}>
                <IconButton
                  aria-label={t('templates.settings.removeField')}
                  onClick={() => setDraft((d) => ({ ...d, fields: d.fields.filter((_, k) => k !== i) }))}
                >
                  <DeleteOutlined />
                </IconButton>
              </Tooltip>
            </Stack>
          );
        })}
        <Button
          startIcon={<Add />}
          sx={{ alignSelf: 'flex-start' }}
          disabled={draft.fields.length >= 50}
          onClick={() =>
            setDraft((d) => ({ ...d, fields: [...d.fields, { key: '', label: '', value: '' }] }))
          }
          data-testid="template-add-field"
        >
          {t('templates.settings.addField')}
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          variant="contained"
          disabled={check.settings === null || handle.saveState.status === 'saving'}
          onClick={handle.save}
          data-testid="template-settings-save"
        >
          {t('templates.settings.save')}
        </Button>
        {handle.saveState.status === 'saved' && (
          <Typography color="success.main" variant="body2" role="status">
            {t('templates.settings.saved')}
          </Typography>
        )}
        {handle.saveState.status === 'failed' && (
          <Alert severity="error" sx={{ py: 0 }}>
            {t('templates.settings.saveFailed', { reason: errorText(handle.saveState.error) })}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
