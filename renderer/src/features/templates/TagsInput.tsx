import { useState } from 'react';
import { Box, Chip, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { addTags, removeTag } from './tag-input.js';

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Tags as chips; Enter, a comma or 、 commits what was typed, Backspace on empty removes the last. */
export function TagsInput({ tags, onChange }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [rejected, setRejected] = useState<string[]>([]);
  const commit = (text: string) => {
    const result = addTags(tags, text);
    setRejected(result.rejected);
    if (result.tags.length !== tags.length) onChange(result.tags);
    setTyped('');
  };
  return (
    <Box>
      <TextField
        label={t('templates.editor.tags')}
        size="small"
        fullWidth
        value={typed}
        // An IME composing Japanese also sends Enter to confirm a conversion; that is not a commit.
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(typed);
          } else if (e.key === 'Backspace' && typed === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onChange={(e) => {
          const value = e.target.value;
          if (/[,，、;；]/u.test(value)) commit(value);
          else setTyped(value);
        }}
        onBlur={() => {
          if (typed.trim() !== '') commit(typed);
        }}
        helperText={
          rejected.length > 0
            ? t('templates.editor.tagsRejected', { items: rejected.join(', ') })
            : t('templates.editor.tagsHelp')
        }
        error={rejected.length > 0}
        slotProps={{
          htmlInput: { 'data-testid': 'template-tags' },
          input: {
            startAdornment:
              tags.length > 0 ? (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mr: 1, py: 0.5 }}>
                  {tags.map((tag) => (
                    <Chip
                      key={tag}
                      label={tag}
                      size="small"
                      data-testid="template-tag"
                      onDelete={() => onChange(removeTag(tags, tag))}
                    />
                  ))}
                </Box>
              ) : undefined,
          },
        }}
        sx={{ '& .MuiInputBase-root': { flexWrap: 'wrap' } }}
      />
    </Box>
  );
}
