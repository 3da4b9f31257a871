import { Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TemplateLanguage } from '../../../../shared/domain/templates/types.js';
import { formatPickedDate } from './date-text.js';
import { fieldLabel, type PickerField } from './picker-fields.js';

interface Props {
  field: PickerField;
  language: TemplateLanguage;
  autoFocus: boolean;
  onChange: (name: string, value: string) => void;
}

/** One placeholder's value: its label, where the value came from, and a red "not filled" when empty. */
export function FieldInput({ field, language, autoFocus, onChange }: Props) {
  const { t } = useTranslation();
  const label = fieldLabel(field.name);
  const text =
    label.kind === 'known'
      ? t(`templatePicker.fields.${label.name}`)
      : t('templatePicker.customField', { key: label.key });
  const hint =
    field.name === 'concern'
      ? t('templatePicker.hints.concern')
      : field.name === 'deliveryDate'
        ? t('templatePicker.hints.deliveryDate')
        : null;
  const help = field.missing ? t('templatePicker.missing') : t(`templatePicker.sources.${field.source}`);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        size="small"
        fullWidth
        autoFocus={autoFocus}
        label={text}
        value={field.value}
        error={field.missing}
        onChange={(e) => onChange(field.name, e.target.value)}
        helperText={hint === null ? help : `${help} · ${hint}`}
        slotProps={{
          htmlInput: {
            'data-testid': `template-field-${field.name}`,
            'data-missing': field.missing,
            'data-source': field.source,
            maxLength: 2000,
          },
        }}
      />
      {field.input === 'date' && (
        // The picker writes the date in the variant's language into the text field; the text
        // stays editable, because "12日〜14日" or "next week" are real answers too.
        <TextField
          size="small"
          type="date"
          label={t('templatePicker.pickDate')}
          sx={{ minWidth: 170 }}
          onChange={(e) => {
            const formatted = formatPickedDate(e.target.value, language);
            if (formatted !== null) onChange(field.name, formatted);
          }}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': `template-field-${field.name}-picker` },
          }}
        />
      )}
    </Stack>
  );
}
