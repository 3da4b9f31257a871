import { Box, Button, Chip, List, ListItem, ListItemButton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/domain/compliance/types.js';
import { useRuleText } from './use-rule-text.js';

interface Props {
  findings: readonly Finding[];
  /** True when these are the core's verdict on a send, not the live check. */
  fromCore: boolean;
  onSelect: (finding: Finding) => void;
  /** Absent where there is no link to confirm (a template is checked, not sent). */
  onConfirmLink?: (href: string) => void;
}

/** Line breaks shown as ↵, so a "blank lines" finding does not read as an empty quote. */
function visibleExcerpt(excerpt: string): string {
  return excerpt.replace(/\r?\n/g, '↵');
}

/** Each finding in the UI language: severity, the rule's name and why, and the text it is about. */
export function FindingsList({ findings, fromCore, onSelect, onConfirmLink }: Props) {
  const { t } = useTranslation();
  const text = useRuleText();
  const blocks = findings.filter((f) => f.severity === 'block').length;
  const warns = findings.length - blocks;
  return (
    <Box data-testid="composer-findings">
      <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
        {t('composer.findings.title')}
        {findings.length > 0 && (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            {t('composer.findings.counts', { block: blocks, warn: warns })}
          </Typography>
        )}
      </Typography>
      {fromCore && findings.length > 0 && (
        <Typography variant="body2" color="error" sx={{ mb: 0.5 }}>
          {t('composer.blockedByCheck')}
        </Typography>
      )}
      {findings.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="composer-findings-none">
          {t('composer.findings.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {findings.map((f) => {
            const rule = text.rule(f.rule);
            return (
              <ListItem
                key={`${f.rule}|${f.field}|${f.start}|${f.end}`}
                disablePadding
                data-testid={`finding-${f.rule}`}
                data-severity={f.severity}
                secondaryAction={
                  onConfirmLink !== undefined && f.rule === 'link-unconfirmed' && f.excerpt !== '' ? (
                    <Button
                      size="small"
                      data-testid="finding-confirm-link"
                      onClick={() => onConfirmLink(f.excerpt)}
                    >
                      {t('composer.findings.confirmLink')}
                    </Button>
                  ) : undefined
                }
                sx={{
                  borderLeft: 3,
                  borderColor: f.severity === 'block' ? 'error.main' : 'warning.main',
                  mb: 0.5,
                  '& .MuiListItemSecondaryAction-root': { top: 18 },
                }}
              >
                <ListItemButton
                  onClick={() => onSelect(f)}
                  sx={{
                    alignItems: 'flex-start',
                    pr: onConfirmLink !== undefined && f.rule === 'link-unconfirmed' ? 22 : 1,
                  }}
                >
                  <Stack spacing={0.25} sx={{ minWidth: 0 }}>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Chip
                        size="small"
                        color={f.severity === 'block' ? 'error' : 'warning'}
                        label={text.severity(f.severity)}
                      />
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {rule.name}
                      </Typography>
                    </Stack>
                    {rule.why !== '' && (
                      <Typography variant="body2" color="text.secondary">
                        {rule.why}
                      </Typography>
                    )}
                    {f.excerpt !== '' && (
                      <Typography
                        variant="body2"
                        sx={{ fontFamily: 'ui-monospace, monospace', overflowWrap: 'anywhere' }}
                      >
                        {t(`composer.findings.where.${f.field}`, { text: visibleExcerpt(f.excerpt) })}
                      </Typography>
                    )}
                  </Stack>
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
}
