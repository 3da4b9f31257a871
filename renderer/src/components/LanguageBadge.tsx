import { HoverTooltip } from './HoverTooltip.js';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { MessageSummary } from '../api/desk-types.js';

export function LanguageBadge({ language }: { language: MessageSummary['language'] }) {
  const { t } = useTranslation();
  if (language === 'other') return null;
  return (
    <HoverTooltip title={t(`language.${language}Name`)}>
      <Box
        component="span"
        sx={{
          fontSize: 11,
          lineHeight: '16px',
          px: 0.5,
          minWidth: 20,
          textAlign: 'center',
          borderRadius: 0.5,
          border: 1,
          borderColor: 'divider',
          color: 'text.secondary',
          flex: 'none',
        }}
      >
        {t(`language.${language}`)}
      </Box>
    </HoverTooltip>
  );
}
