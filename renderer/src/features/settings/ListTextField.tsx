import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ListProblem } from './reply-settings-form.js';

interface Props {
  label: string;
  help: string;
  value: string;
  onChange: (text: string) => void;
  /** Rewrites the text as it will be stored (normalised, deduplicated) when the field loses focus. */
  tidy: (text: string) => string;
  problem: ListProblem | null;
  testId: string;
}

/** A one-entry-per-line list: pasting a column from a spreadsheet or a note just works. */
export function ListTextField({ label, help, value, onChange, tidy, problem, testId }: Props) {
  const { t } = useTranslation();
  const separator = t('replySettings.separator');
  const problemText = (p: ListProblem): string => {
    if (p.kind === 'invalid') return t('replySettings.links.invalid', { items: p.items.join(separator) });
    if (p.kind === 'too-long') {
      return t('replySettings.words.tooLong', { max: p.max, items: p.items.join(separator) });
    }
    return t('replySettings.tooMany', { max: p.max });
  };
  return (
    <TextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        const tidied = tidy(value);
        if (tidied !== value) onChange(tidied);
      }}
      multiline
      minRows={2}
      maxRows={8}
      fullWidth
      error={problem !== null}
      helperText={problem === null ? help : problemText(problem)}
      slotProps={{
        htmlInput: { 'data-testid': testId, spellCheck: false, autoCapitalize: 'off' },
        formHelperText: problem === null ? {} : { role: 'alert' },
      }}
    />
  );
}
