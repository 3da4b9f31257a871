import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Box, List, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/message.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { firstSelectable, moveSelection } from './list-navigation.js';
import { SuggestionRow } from './SuggestionRow.js';
import { useSuggestions, type Suggestion } from './use-suggestions.js';

interface Props {
  messageId: string;
  buyerLanguage: Language;
  onChoose: (s: Suggestion) => void;
}

/**
 * Step one: type to search, arrows to move, Enter to choose. Focus stays in the search field the
 * whole time (the list is its listbox via aria-activedescendant), so typing never stops working.
 */
export function SuggestionStep({ messageId, buyerLanguage, onChoose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [query, setQuery] = useState('');
  const list = useSuggestions(messageId, query, true);
  const rows = list.suggestions;
  // The selection is a template id, so it survives a re-ranked list; gone or blocked falls back to the top.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const at = rows.findIndex((r) => r.templateId === selectedId && !r.blocked);
  const index = at >= 0 ? at : firstSelectable(rows);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[data-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [index]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setSelectedId(rows[moveSelection(rows, index, e.key)]?.templateId ?? null);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const row = rows[index];
      if (row !== undefined && !row.blocked) onChoose(row);
    }
  };
  const optionId = (s: Suggestion) => `template-option-${s.templateId}`;
  const active = rows[index];

  return (
    <Box>
      <TextField
        autoFocus
        fullWidth
        size="small"
        label={t('templatePicker.search')}
        placeholder={t('templatePicker.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        slotProps={{
          htmlInput: {
            'data-testid': 'template-search',
            role: 'combobox',
            'aria-expanded': true,
            'aria-controls': 'template-suggestions',
            'aria-activedescendant': active === undefined ? undefined : optionId(active),
            maxLength: 200,
          },
        }}
      />
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
        {t('templatePicker.keysHint')}
      </Typography>
      {list.state === 'failed' && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="template-suggest-error">
          {t('templatePicker.failed', { reason: errorText(list.error) })}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
          {list.state === 'loading' ? t('templatePicker.loading') : t('templatePicker.empty')}
        </Typography>
      ) : (
        <List
          ref={listRef}
          id="template-suggestions"
          role="listbox"
          aria-label={t('templatePicker.listLabel')}
          dense
          sx={{ maxHeight: 380, overflowY: 'auto', mt: 1 }}
        >
          {rows.map((s, i) => (
            <SuggestionRow
              key={s.templateId}
              suggestion={s}
              buyerLanguage={buyerLanguage}
              selected={i === index}
              optionId={optionId(s)}
              onChoose={onChoose}
              onHover={(h) => setSelectedId(h.templateId)}
            />
          ))}
        </List>
      )}
    </Box>
  );
}
