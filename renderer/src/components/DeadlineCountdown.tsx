import { useRowTranslation } from '../i18n/use-row-translation.js';
import { formatAbsoluteTime } from '../lib/relative-time.js';
import { HoverTooltip } from './HoverTooltip.js';
import { RowIcon } from './row-icons.js';
import { countdownText } from './triage-format.js';
import './compact.css';

/**
 * Time left to the 24-hour reply deadline, from the deadline and the caller's ticking `now`
 * (useNow), so the row counts down without refetching. The absolute deadline is on hover;
 * the colour per state is in compact.css (overdue white on red, critical orange, soon amber).
 */
export function DeadlineCountdown({ deadline, now }: { deadline: string; now: number }) {
  const { t, language } = useRowTranslation();
  const text = countdownText(deadline, now);
  if (text === null) return null;
  return (
    <HoverTooltip title={t('triage.countdown.deadline', { at: formatAbsoluteTime(deadline, language) })}>
      <span className="hd-countdown" data-testid="countdown" data-countdown={text.countdown}>
        <RowIcon name="alarm" />
        {t(`triage.countdown.${text.key}`, text.values)}
      </span>
    </HoverTooltip>
  );
}
