import { Badge, Box, Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import Add from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import {
  TEMPLATE_LANGUAGES,
  type CustomField,
  type TemplateLanguage,
  type TemplateVariant,
} from '../../../../shared/domain/templates/types.js';
import { blockedLanguages, languageChecks } from './template-checks.js';
import type { TemplateForm } from './template-form.js';
import type { TemplateView } from './template-types.js';
import { TemplateChecks } from './TemplateChecks.js';
import { VariantEditor } from './VariantEditor.js';

interface Props {
  form: TemplateForm;
  view: TemplateView | null;
  customFields: readonly CustomField[];
  onVariants: (update: (variants: TemplateForm['variants']) => TemplateForm['variants']) => void;
  /** The language tab shown, lifted so the preview renders the same language. */
  active: TemplateLanguage;
  onActive: (lang: TemplateLanguage) => void;
}

/** One tab per template language; a missing version offers "add", a blocked one carries a red dot. */
export function VariantTabs({ form, view, customFields, onVariants, active, onActive }: Props) {
  const { t } = useTranslation();
  const blocked = blockedLanguages(view);
  const variant = form.variants[active];
  const checks = languageChecks(view, active, variant);
  const setVariant = (v: TemplateVariant) => onVariants((vs) => ({ ...vs, [active]: v }));
  const language = t(`templates.languages.${active}`);
  return (
    <Box>
      <Tabs
        value={active}
        onChange={(_, lang: TemplateLanguage) => onActive(lang)}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {TEMPLATE_LANGUAGES.map((lang) => (
          <Tab
            key={lang}
            value={lang}
            data-testid={`template-lang-tab-${lang}`}
            data-present={form.variants[lang] !== undefined}
            label={
              <Badge color="error" variant="dot" invisible={!blocked.has(lang)}>
                <Box
                  component="span"
                  sx={{ color: form.variants[lang] === undefined ? 'text.disabled' : undefined, pr: 0.5 }}
                >
                  {t(`templates.languages.${lang}`)}
                  {lang === form.defaultLanguage ? ' ★' : ''}
                </Box>
              </Badge>
            }
          />
        ))}
      </Tabs>
      {variant === undefined ? (
        <Stack spacing={1} sx={{ alignItems: 'flex-start', py: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {t('templates.editor.noVariant', { language })}
          </Typography>
          <Button
            variant="outlined"
            startIcon={<Add />}
            // Starts empty, not as a copy of the default: Japanese text left in the "English"
            // version would reach English buyers as if it were a translation.
            onClick={() => setVariant({ subject: '', body: '' })}
            data-testid="template-add-variant"
          >
            {t('templates.editor.addVariant', { language })}
          </Button>
        </Stack>
      ) : (
        <Stack spacing={2}>
          <VariantEditor
            key={active}
            variant={variant}
            onChange={setVariant}
            customFields={customFields}
            marks={checks.marks}
          />
          {active !== form.defaultLanguage && (
            <Button
              size="small"
              color="error"
              sx={{ alignSelf: 'flex-start' }}
              data-testid="template-remove-variant"
              onClick={() =>
                onVariants((vs) => {
                  const rest = { ...vs };
                  delete rest[active];
                  return rest;
                })
              }
            >
              {t('templates.editor.removeVariant', { language })}
            </Button>
          )}
          <TemplateChecks
            checks={checks}
            checkedVariant={view?.template.variants[active]}
            saved={view !== null}
          />
        </Stack>
      )}
    </Box>
  );
}
