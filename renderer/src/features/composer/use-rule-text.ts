import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleId, Severity } from '../../../../shared/domain/compliance/types.js';

export interface RuleText {
  name: string;
  why: string;
}

/**
 * Rule names and explanations in the UI language, written by the settings work under
 * `compliance.rules.<id>.name|why` and `compliance.severity.<s>`. Keys built from a rule id are
 * not known to the typed t(), so they are looked up through an untyped view of it here and only
 * here; a key not there yet shows the rule id rather than the checker's English message.
 */
export function useRuleText(): {
  rule: (id: RuleId) => RuleText;
  severity: (s: Severity) => string;
} {
  const { t, i18n } = useTranslation();
  const loose = t as unknown as (key: string) => string;
  const lookup = useCallback(
    (key: string, fallback: string) => (i18n.exists(key) ? loose(key) : fallback),
    [i18n, loose],
  );
  const rule = useCallback(
    (id: RuleId): RuleText => ({
      name: lookup(`compliance.rules.${id}.name`, id),
      why: lookup(`compliance.rules.${id}.why`, ''),
    }),
    [lookup],
  );
  const severity = useCallback(
    (s: Severity) => lookup(`compliance.severity.${s}`, t(`composer.findings.${s}`)),
    [lookup, t],
  );
  return { rule, severity };
}
