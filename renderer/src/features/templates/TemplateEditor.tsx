import { useState } from 'react';
import {
  Alert,
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  TEMPLATE_KINDS,
  TEMPLATE_LANGUAGES,
  type CustomField,
  type TemplateLanguage,
} from '../../../../shared/domain/templates/types.js';
import { toggleKind } from './template-form.js';
import { TagsInput } from './TagsInput.js';
import { TemplateActions } from './TemplateActions.js';
import { TemplatePreview } from './TemplatePreview.js';
import type { LibraryHandle } from './use-template-library.js';
import { VariantTabs } from './VariantTabs.js';

interface Props {
  handle: LibraryHandle;
  customFields: readonly CustomField[];
  reviewAfterDays: number;
  messageId: string | null;
}

/** The right side of the library: the template being edited, its checks and its preview. */
export function TemplateEditor({ handle, customFields, reviewAfterDays, messageId }: Props) {
  const { t } = useTranslation();
  const { editing } = handle;
  const [active, setActive] = useState<TemplateLanguage>(editing?.form.defaultLanguage ?? 'ja');
  if (editing === null) {
    return (
      <Typography color="text.secondary" sx={{ p: 4 }}>
        {t('templates.editor.none')}
      </Typography>
    );
  }
  const { form, view } = editing;
  const setForm = handle.setForm;
  return (
    <Stack spacing={2.5} sx={{ p: 3, maxWidth: 960 }}>
      {view?.blocked === true && (
        <Alert severity="error" data-testid="template-blocked-note">
          {t('templates.editor.blockedNote')}
        </Alert>
      )}
      {view?.reviewDue === true && (
        <Alert severity="warning" data-testid="template-review-due-note">
          {t('templates.editor.reviewDueNote', { days: reviewAfterDays })}
        </Alert>
      )}
      <TextField
        label={t('templates.editor.name')}
        value={form.name}
        required
        onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
        slotProps={{ htmlInput: { 'data-testid': 'template-name', maxLength: 200 } }}
      />
      <TagsInput tags={form.tags} onChange={(tags) => setForm((f) => ({ ...f, tags }))} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('templates.editor.kinds')}</FormLabel>
          <FormGroup row>
            {TEMPLATE_KINDS.map((k) => (
              <FormControlLabel
                key={k}
                label={t(`templates.kinds.${k}`)}
                control={
                  <Checkbox
                    checked={form.kinds.includes(k)}
                    onChange={(e) =>
                      setForm((f) => ({ ...f, kinds: toggleKind(f.kinds, k, e.target.checked) }))
                    }
                    // The test id goes on the <input>, so a test can ask whether it is checked; the slot's
                    // type has no data-* keys, hence the spread of a plain record.
                    slotProps={{ input: { ...{ 'data-testid': `template-kind-${k}` } } }}
                  />
                }
              />
            ))}
          </FormGroup>
        </FormControl>
        <FormControl size="small" sx={{ minWidth: 200 }}>
          <InputLabel id="template-default-language">{t('templates.editor.defaultLanguage')}</InputLabel>
          <Select
            labelId="template-default-language"
            label={t('templates.editor.defaultLanguage')}
            value={form.defaultLanguage}
            data-testid="template-default-language"
            onChange={(e) => {
              const lang = e.target.value as TemplateLanguage;
              // The default must have a version: choosing one adds an empty version to write in.
              setForm((f) => ({
                ...f,
                defaultLanguage: lang,
                variants:
                  f.variants[lang] === undefined
                    ? { ...f.variants, [lang]: { subject: '', body: '' } }
                    : f.variants,
              }));
              setActive(lang);
            }}
          >
            {TEMPLATE_LANGUAGES.map((lang) => (
              <MenuItem key={lang} value={lang}>
                {t(`templates.languages.${lang}`)}
              </MenuItem>
            ))}
          </Select>
          <Typography variant="caption" color="text.secondary" sx={{ mt: 0.5 }}>
            {t('templates.editor.defaultHelp')}
          </Typography>
        </FormControl>
      </Stack>
      <VariantTabs
        form={form}
        view={view}
        customFields={customFields}
        onVariants={(update) => setForm((f) => ({ ...f, variants: update(f.variants) }))}
        active={active}
        onActive={setActive}
      />
      <TemplateActions handle={handle} />
      {messageId !== null && view !== null && (
        <Box>
          <TemplatePreview
            templateId={view.template.id}
            messageId={messageId}
            language={active}
            version={view.template.updatedAt}
            dirty={handle.dirty}
          />
        </Box>
      )}
    </Stack>
  );
}
