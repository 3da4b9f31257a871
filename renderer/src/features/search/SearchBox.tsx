import type { RefObject } from 'react';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import Clear from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (q: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function SearchBox({ value, onChange, inputRef }: Props) {
  const { t } = useTranslation();
  return (
    <TextField
      size="small"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={`${t('search.placeholder')}  ( / )`}
      inputRef={inputRef}
      sx={{ flex: 1, maxWidth: 560 }}
      slotProps={{
        htmlInput: { 'aria-label': t('search.label'), 'data-testid': 'search-input', maxLength: 500 },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
          endAdornment:
            value === '' ? null : (
              <InputAdornment position="end">
                <IconButton size="small" aria-label={t('search.clear')} onClick={() => onChange('')}>
                  <Clear fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
        },
      }}
    />
  );
}
