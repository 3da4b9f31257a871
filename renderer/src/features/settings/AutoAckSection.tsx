import type { InputHTMLAttributes } from 'react';
import { Alert, Box, Button, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Finding, RuleId } from '../../../../shared/domain/compliance/types.js';
import { ruleTextKey } from '../../i18n/compliance/rule-text.js';
import {
  ACK_LANGUAGES,
  MAX_ACK_CHARS,
  SUGGESTED_ACK_BODIES,
  type AckBodies,
  type AckLanguage,
  type AckProblem,
} from './auto-ack.js';

interface Props {
  enabled: boolean;
  onEnabled: (enabled: boolean) => void;
  bodies: AckBodies;
  onBody: (language: AckLanguage, text: string) => void;
  problems: Record<AckLanguage, AckProblem | null>;
}

const enableInput: InputHTMLAttributes<HTMLInputElement> & { 'data-testid': string } = {
  'data-testid': 'auto-ack-enabled',
};

/** Off by default; one short text per buyer language, each run through the checker as it is typed. */
export function AutoAckSection({ enabled, onEnabled, bodies, onBody, problems }: Props) {
  const { t } = useTranslation();
  return (
    <Stack sx={{ gap: 2 }}>
      <FormControlLabel
        control={
          <Switch
            checked={enabled}
            onChange={(e) => onEnabled(e.target.checked)}
            slotProps={{ input: enableInput }}
          />
        }
        label={t('replySettings.autoAck.enable')}
      />
      {ACK_LANGUAGES.map((lang) => (
        <AckBodyField
          key={lang}
          language={lang}
          enabled={enabled}
          value={bodies[lang]}
          onChange={(text) => onBody(lang, text)}
          problem={problems[lang]}
        />
      ))}
    </Stack>
  );
}

interface FieldProps {
  language: AckLanguage;
  enabled: boolean;
  value: string;
  onChange: (text: string) => void;
  problem: AckProblem | null;
}

function AckBodyField({ language, enabled, value, onChange, problem }: FieldProps) {
  const { t } = useTranslation();
  // An empty text matters only once the acknowledgement is on; a rule broken is shown always.
  const shown = problem !== null && (enabled || problem.kind === 'blocked') ? problem : null;
  const helper =
    shown?.kind === 'empty'
      ? t('replySettings.autoAck.empty')
      : shown?.kind === 'too-long'
        ? t('replySettings.autoAck.tooLong', { max: shown.max })
        : t('replySettings.autoAck.chars', { n: value.length, max: MAX_ACK_CHARS });
  return (
    <Box>
      <TextField
        label={t('replySettings.autoAck.body', { language: t(`language.${language}Name`) })}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        multiline
        minRows={2}
        maxRows={6}
        fullWidth
        error={enabled && shown !== null}
        helperText={helper}
        slotProps={{ htmlInput: { lang: language, 'data-testid': `auto-ack-body-${language}` } }}
      />
      {value.trim() === '' && (
        <Button size="small" onClick={() => onChange(SUGGESTED_ACK_BODIES[language])} sx={{ mt: 0.5 }}>
          {t('replySettings.autoAck.suggest')}
        </Button>
      )}
      {shown?.kind === 'blocked' && (
        <Alert
          severity={enabled ? 'error' : 'warning'}
          sx={{ mt: 1 }}
          data-testid={`auto-ack-findings-${language}`}
        >
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {enabled ? t('replySettings.autoAck.blocked') : t('replySettings.autoAck.blockedOff')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {uniqueRules(shown.findings).map(({ rule, excerpt }) => (
              <li key={rule} data-rule={rule}>
                <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                  {t(ruleTextKey(rule, 'name'))}
                </Typography>
                {excerpt !== '' && (
                  <Typography variant="body2" component="span" sx={{ ml: 1 }}>
                    {t('replySettings.autoAck.excerpt', { text: excerpt })}
                  </Typography>
                )}
                <Typography variant="body2">{t(ruleTextKey(rule, 'why'))}</Typography>
              </li>
            ))}
          </Box>
        </Alert>
      )}
    </Box>
  );
}

/** One entry per rule (its first match): three phone numbers need one explanation, not three. */
function uniqueRules(findings: readonly Finding[]): { rule: RuleId; excerpt: string }[] {
  const seen = new Map<RuleId, string>();
  for (const f of findings) if (!seen.has(f.rule)) seen.set(f.rule, f.excerpt);
  return [...seen].map(([rule, excerpt]) => ({ rule, excerpt }));
}
