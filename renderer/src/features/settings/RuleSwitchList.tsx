import type { InputHTMLAttributes } from 'react';
import { Alert, Box, Chip, Stack, Switch, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BLOCK_RULES, WARN_RULES } from '../../../../shared/domain/compliance/types.js';
import type { RuleId, Severity } from '../../../../shared/domain/compliance/types.js';
import { ruleTextKey, severityKey } from '../../i18n/compliance/rule-text.js';

interface Props {
  disabledRules: readonly RuleId[];
  onToggle: (id: RuleId, enabled: boolean) => void;
}

/** Every rule with its switch, name, reason and severity; blocking rules come first. */
export function RuleSwitchList({ disabledRules, onToggle }: Props) {
  const { t } = useTranslation();
  const blockOff = BLOCK_RULES.filter((r) => disabledRules.includes(r)).length;
  return (
    <Stack sx={{ gap: 2 }}>
      {blockOff > 0 && (
        <Alert severity="warning" data-testid="block-rules-off">
          {t('replySettings.rules.blockOffSummary', { n: blockOff })}
        </Alert>
      )}
      <RuleGroup
        title={t('replySettings.rules.blockGroup')}
        severity="block"
        ids={BLOCK_RULES}
        disabledRules={disabledRules}
        onToggle={onToggle}
      />
      <RuleGroup
        title={t('replySettings.rules.warnGroup')}
        severity="warn"
        ids={WARN_RULES}
        disabledRules={disabledRules}
        onToggle={onToggle}
      />
    </Stack>
  );
}

/**
 * The switch's own input carries the test id (so a test can check() it). Built outside the JSX
 * literal because MUI's slot type lists no data-* attributes, though React passes them through.
 */
function switchInput(
  testId: string,
  label: string,
  describedBy: string,
): InputHTMLAttributes<HTMLInputElement> {
  const props: InputHTMLAttributes<HTMLInputElement> & { 'data-testid': string } = {
    'aria-label': label,
    'aria-describedby': describedBy,
    'data-testid': testId,
  };
  return props;
}

interface GroupProps extends Props {
  title: string;
  severity: Severity;
  ids: readonly RuleId[];
}

function RuleGroup({ title, severity, ids, disabledRules, onToggle }: GroupProps) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="subtitle2" component="h4" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1.5 }}>
        {ids.map((id) => {
          const enabled = !disabledRules.includes(id);
          const name = t(ruleTextKey(id, 'name'));
          const whyId = `rule-why-${id}`;
          return (
            <Box component="li" key={id} data-rule={id}>
              <Stack direction="row" sx={{ gap: 1.5, alignItems: 'flex-start' }}>
                <Switch
                  checked={enabled}
                  onChange={(e) => onToggle(id, e.target.checked)}
                  slotProps={{
                    input: switchInput(
                      `rule-switch-${id}`,
                      t('replySettings.rules.switchLabel', { name }),
                      whyId,
                    ),
                  }}
                />
                <Box sx={{ flex: 1, pt: 0.75 }}>
                  <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                    <Typography sx={{ fontWeight: 500 }} color={enabled ? 'text.primary' : 'text.secondary'}>
                      {name}
                    </Typography>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={severity === 'block' ? 'error' : 'warning'}
                      label={t(severityKey(severity))}
                    />
                  </Stack>
                  <Typography id={whyId} variant="body2" color="text.secondary">
                    {t(ruleTextKey(id, 'why'))}
                  </Typography>
                  {!enabled && severity === 'block' && (
                    <Alert severity="warning" sx={{ mt: 1, py: 0 }} data-testid={`rule-off-warning-${id}`}>
                      {t('replySettings.rules.blockOff')}
                    </Alert>
                  )}
                </Box>
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
