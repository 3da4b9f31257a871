import { useEffect, useState } from 'react';
import { checkDraft } from '../../../../shared/domain/compliance/check.js';
import type {
  ComplianceDraft,
  ComplianceSettings,
  Finding,
} from '../../../../shared/domain/compliance/types.js';

/** The checker targets < 5 ms; a short pause keeps fast typing smooth on a slow laptop. */
export const CHECK_DELAY_MS = 100;

/**
 * Runs the same pure gate the core runs before queueing, on every pause in typing. The result
 * is advisory: the core's verdict on send wins (it may know newer settings).
 */
export function useLiveFindings(draft: ComplianceDraft, settings: ComplianceSettings): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  const key = JSON.stringify(draft);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setFindings(checkDraft(JSON.parse(key) as ComplianceDraft, settings, new Date()));
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, settings]);
  return findings;
}
