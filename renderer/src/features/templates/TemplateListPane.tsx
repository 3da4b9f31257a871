import { useMemo, useState } from 'react';
import { Box, Button, Chip, InputAdornment, List, Stack, TextField, Typography } from '@mui/material';
import Add from '@mui/icons-material/Add';
import Search from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS } from '../../../../shared/domain/templates/types.js';
import { EMPTY_FILTER, filterTemplates, type ListFilter } from './template-list.js';
import { TemplateRow } from './TemplateRow.js';
import type { TemplateView } from './template-types.js';

interface Props {
  views: readonly TemplateView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}

/** The searchable list on the left of the library. */
export function TemplateListPane({ views, selectedId, onSelect, onNew }: Props) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<ListFilter>(EMPTY_FILTER);
  const shown = useMemo(() => filterTemplates(views, filter, i18n.language), [views, filter, i18n.language]);
  return (
    <Stack sx={{ height: '100%', minHeight: 0 }}>
      <Stack spacing={1} sx={{ p: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Stack direction="row" spacing={1}>
          <TextField
            size="small"
            fullWidth
            placeholder={t('templates.list.search')}
            value={filter.query}
            onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
            slotProps={{
              htmlInput: { 'aria-label': t('templates.list.search'), 'data-testid': 'templates-search' },
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <Search fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={onNew}
            data-testid="template-new"
            sx={{ flexShrink: 0 }}
          >
            {t('templates.list.new')}
          </Button>
        </Stack>
        <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
          <Chip
            size="small"
            label={t('templates.list.allKinds')}
            color={filter.kind === null ? 'primary' : 'default'}
            onClick={() => setFilter((f) => ({ ...f, kind: null }))}
          />
          {TEMPLATE_KINDS.map((k) => (
            <Chip
              key={k}
              size="small"
              label={t(`templates.kinds.${k}`)}
              color={filter.kind === k ? 'primary' : 'default'}
              onClick={() => setFilter((f) => ({ ...f, kind: f.kind === k ? null : k }))}
              data-testid={`templates-filter-${k}`}
            />
          ))}
          <Chip
            size="small"
            variant={filter.attention ? 'filled' : 'outlined'}
            color={filter.attention ? 'warning' : 'default'}
            label={t('templates.list.attention')}
            onClick={() => setFilter((f) => ({ ...f, attention: !f.attention }))}
            data-testid="templates-filter-attention"
          />
        </Stack>
      </Stack>
      <Box sx={{ flex: 1, overflowY: 'auto', minHeight: 0 }}>
        {shown.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
            {t('templates.list.empty')}
          </Typography>
        ) : (
          <List disablePadding data-testid="templates-list">
            {shown.map((v) => (
              <TemplateRow
                key={v.template.id}
                view={v}
                selected={v.template.id === selectedId}
                onSelect={() => onSelect(v.template.id)}
              />
            ))}
          </List>
        )}
      </Box>
    </Stack>
  );
}
