import { Alert, Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TemplateVariant } from '../../../../shared/domain/templates/types.js';
import { FindingsList } from '../composer/FindingsList.js';
import type { LanguageChecks } from './template-checks.js';

interface Props {
  checks: LanguageChecks;
  /** The checked text (the saved version), to quote what a syntax problem is about. */
  checkedVariant: TemplateVariant | undefined;
  /** False for a template never saved: nothing has been checked yet. */
  saved: boolean;
}

/** The core's verdict on the active language version: placeholder syntax first, then compliance. */
export function TemplateChecks({ checks, checkedVariant, saved }: Props) {
  const { t } = useTranslation();
  if (!saved) return null;
  return (
    <Stack spacing={1.5} data-testid="template-findings">
      {checks.stale && (
        <Typography variant="body2" color="text.secondary" data-testid="template-checks-stale">
          {t('templates.editor.checkedOnSave')}
        </Typography>
      )}
      {checks.syntax.length > 0 && (
        <Box data-testid="template-syntax">
          <Typography variant="subtitle2" component="h4" color="error">
            {t('templates.syntax.title')}
          </Typography>
          <List dense disablePadding>
            {checks.syntax.map((p) => {
              const text = (checkedVariant?.[p.field] ?? '').slice(p.start, p.end);
              return (
                <ListItem
                  key={`${p.field}|${p.start}|${p.kind}`}
                  disablePadding
                  data-testid={`syntax-${p.kind}`}
                  sx={{ borderLeft: 3, borderColor: 'error.main', pl: 1, mb: 0.5 }}
                >
                  <ListItemText
                    // Braces are passed in as values: written in the string, i18next would read them as its own.
                    primary={t(`templates.syntax.${p.kind}`, { text, open: '{{', close: '}}' })}
                    secondary={t(`templates.syntax.where.${p.field}`)}
                  />
                </ListItem>
              );
            })}
          </List>
        </Box>
      )}
      {checks.syntax.length === 0 && checks.findings.length === 0 && !checks.stale ? (
        <Alert severity="success" variant="outlined" sx={{ py: 0 }}>
          {t('composer.findings.none')}
        </Alert>
      ) : (
        checks.findings.length > 0 && (
          // The composer's list, so a rule reads the same in a template as in a reply.
          <FindingsList findings={checks.findings} fromCore={false} onSelect={() => undefined} />
        )
      )}
    </Stack>
  );
}
