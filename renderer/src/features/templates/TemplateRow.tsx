import { templateDisplayName } from '../../../../shared/domain/templates/starter/names.js';
import { Box, Chip, ListItemButton, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_LANGUAGES } from '../../../../shared/domain/templates/types.js';
import type { TemplateView } from './template-types.js';

interface Props {
  view: TemplateView;
  selected: boolean;
  onSelect: () => void;
}

/** One library row: name, markers that need action, kinds, tags and which languages exist. */
export function TemplateRow({ view, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const { template } = view;
  return (
    <ListItemButton
      selected={selected}
      onClick={onSelect}
      data-testid={`template-row-${template.id}`}
      sx={{ display: 'block', borderBottom: 1, borderColor: 'divider', py: 1 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
          {templateDisplayName(template.id, template.name, i18n.language)}
        </Typography>
        {view.blocked && (
          <Chip
            size="small"
            color="error"
            label={t('templates.list.blocked')}
            data-testid="template-blocked"
          />
        )}
        {view.reviewDue && (
          <Chip
            size="small"
            color="warning"
            variant="outlined"
            label={t('templates.list.reviewDue')}
            data-testid="template-review-due"
          />
        )}
      </Stack>
      <Stack
        direction="row"
        spacing={0.5}
        sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}
      >
        {TEMPLATE_LANGUAGES.map((lang) => {
          const has = template.variants[lang] !== undefined;
          const badge = (
            <Box
              component="span"
              key={lang}
              data-lang={lang}
              data-present={has}
              sx={{
                px: 0.5,
                fontSize: 11,
                fontWeight: 700,
                borderRadius: 0.5,
                border: 1,
                textTransform: 'uppercase',
                color: has ? 'primary.main' : 'text.disabled',
                borderColor: has ? 'primary.main' : 'divider',
              }}
            >
              {lang}
            </Box>
          );
          return has ? (
            badge
          ) : (
            <Tooltip
              key={lang}
              title={t('templates.list.missingLanguage', { language: t(`templates.languages.${lang}`) })}
            >
              {badge}
            </Tooltip>
          );
        })}
        {template.kinds.map((k) => (
          <Chip
            key={k}
            size="small"
            variant="outlined"
            label={t(`templates.kinds.${k}`)}
            sx={{ height: 20 }}
          />
        ))}
        {template.tags.map((tag) => (
          <Typography key={tag} variant="caption" color="text.secondary">
            #{tag}
          </Typography>
        ))}
      </Stack>
    </ListItemButton>
  );
}
