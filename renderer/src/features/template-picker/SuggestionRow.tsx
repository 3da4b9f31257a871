import { templateDisplayName } from '../../../../shared/domain/templates/starter/names.js';
import { Chip, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/message.js';
import { LanguageMarker } from './LanguageMarker.js';
import type { Suggestion } from './use-suggestions.js';

interface Props {
  suggestion: Suggestion;
  buyerLanguage: Language;
  selected: boolean;
  optionId: string;
  onChoose: (s: Suggestion) => void;
  onHover: (s: Suggestion) => void;
}

/** One ranked template: name, the variant's language, why it is suggested, and whether it can be used. */
export function SuggestionRow({
  suggestion: s,
  buyerLanguage,
  selected,
  optionId,
  onChoose,
  onHover,
}: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ListItemButton
      id={optionId}
      role="option"
      aria-selected={selected}
      aria-disabled={s.blocked}
      selected={selected}
      // Not `disabled`: a disabled button swallows the hover that explains why it is blocked.
      onClick={() => (s.blocked ? undefined : onChoose(s))}
      onMouseMove={() => (s.blocked || selected ? undefined : onHover(s))}
      tabIndex={-1}
      // Keep focus in the search field, where the arrow keys and typing work.
      onMouseDown={(e) => e.preventDefault()}
      data-testid={`template-suggestion-${s.templateId}`}
      data-blocked={s.blocked}
      data-language-match={s.buyerLanguageMatch}
      data-selected={selected}
      sx={s.blocked ? { opacity: 0.6, cursor: 'not-allowed' } : undefined}
    >
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography component="span" sx={{ fontWeight: 500 }}>
              {templateDisplayName(s.templateId, s.name, i18n.language)}
            </Typography>
            <LanguageMarker
              language={s.language}
              buyerLanguage={buyerLanguage}
              match={s.buyerLanguageMatch}
            />
            {s.blocked && <Chip size="small" color="error" label={t('templatePicker.blocked')} />}
          </Stack>
        }
        secondary={
          s.blocked ? (
            t('templatePicker.blockedHelp')
          ) : s.reasons.length > 0 ? (
            <Stack component="span" direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
              {s.reasons.map((r) => (
                <Chip
                  key={r}
                  component="span"
                  size="small"
                  variant="outlined"
                  label={t(`templatePicker.reasons.${r}`)}
                  sx={{ height: 20, fontSize: 11 }}
                />
              ))}
            </Stack>
          ) : null
        }
        slotProps={{ secondary: { component: 'div' } }}
      />
    </ListItemButton>
  );
}
