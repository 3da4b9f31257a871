import { useRef, useState } from 'react';
import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CustomField, TemplateVariant } from '../../../../shared/domain/templates/types.js';
import type { Mark } from '../composer/finding-segments.js';
import { HighlightedTextarea } from '../composer/HighlightedTextarea.js';
import { insertToken } from './placeholder-text.js';
import { PlaceholderMenu } from './PlaceholderMenu.js';

export interface VariantMarks {
  subject: readonly Mark[];
  body: readonly Mark[];
}

interface Props {
  variant: TemplateVariant;
  onChange: (variant: TemplateVariant) => void;
  customFields: readonly CustomField[];
  marks: VariantMarks;
}

/**
 * Subject and body of one language version. The composer's highlighting textarea is reused so a
 * template's problems look exactly like a reply's; the insert menu puts the token at the caret of
 * whichever field was used last.
 */
export function VariantEditor({ variant, onChange, customFields, marks }: Props) {
  const { t } = useTranslation();
  const subjectRef = useRef<HTMLTextAreaElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [lastField, setLastField] = useState<'subject' | 'body'>('body');

  const insert = (token: string) => {
    const ref = lastField === 'subject' ? subjectRef : bodyRef;
    const el = ref.current;
    const text = variant[lastField];
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = insertToken(text, start, end, token);
    onChange({ ...variant, [lastField]: next.text });
    // After React has written the new value, put the caret behind the token.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="caption" color="text.secondary">
          {t('templates.editor.subject')}
        </Typography>
        <PlaceholderMenu customFields={customFields} onInsert={insert} />
      </Stack>
      <div onFocus={() => setLastField('subject')}>
        <HighlightedTextarea
          value={variant.subject}
          onChange={(subject) => onChange({ ...variant, subject: subject.replace(/\r?\n/g, ' ') })}
          marks={marks.subject}
          inputRef={subjectRef}
          label={t('templates.editor.subject')}
          rows={1}
          testId="template-subject"
        />
      </div>
      <Typography variant="caption" color="text.secondary">
        {t('templates.editor.body')}
      </Typography>
      <div onFocus={() => setLastField('body')}>
        <HighlightedTextarea
          value={variant.body}
          onChange={(body) => onChange({ ...variant, body })}
          marks={marks.body}
          inputRef={bodyRef}
          label={t('templates.editor.body')}
          rows={12}
          testId="template-body"
        />
      </div>
    </Stack>
  );
}
