import { Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/message.js';
import type { TemplateLanguage } from '../../../../shared/domain/templates/types.js';

interface Props {
  language: TemplateLanguage;
  buyerLanguage: Language;
  match: boolean;
}

/**
 * The variant's language as a badge, and when it is not the buyer's language a plain warning
 * ("日本語版なし — 英語版を使用"): a reply in the wrong language is legal but it is the first
 * thing a buyer notices, so staff must see it before inserting, not after.
 */
export function LanguageMarker({ language, buyerLanguage, match }: Props) {
  const { t } = useTranslation();
  return (
    <Stack component="span" direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Chip
        component="span"
        size="small"
        label={t(`language.${language}`)}
        title={t(`language.${language}Name`)}
        data-testid="template-language"
        sx={{ height: 20, fontSize: 11 }}
      />
      {!match && (
        <Typography
          component="span"
          variant="caption"
          color="warning.main"
          data-testid="template-language-missing"
        >
          {t('templatePicker.noBuyerLanguage', {
            buyer: t(`language.${buyerLanguage}Name`),
            used: t(`language.${language}Name`),
          })}
        </Typography>
      )}
    </Stack>
  );
}
