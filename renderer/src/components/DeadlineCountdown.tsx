import { HoverTooltip } from './HoverTooltip.js';
import { Box } from '@mui/material';
import AlarmOutlined from '@mui/icons-material/AlarmOutlined';
import { useTranslation } from 'react-i18next';
import { formatAbsoluteTime } from '../lib/relative-time.js';
import { COUNTDOWN_COLOR, countdownText } from './triage-format.js';

/**
 * Time left to the 24-hour reply deadline, from the deadline and the caller's ticking `now`
 * (useNow), so the row counts down without refetching. The absolute deadline is on hover.
 */
export function DeadlineCountdown({ deadline, now }: { deadline: string; now: number }) {
  const { t, i18n } = useTranslation();
  const text = countdownText(deadline, now);
  if (text === null) return null;
  const urgent = text.countdown === 'overdue' || text.countdown === 'critical';
  return (
    <HoverTooltip title={t('triage.countdown.deadline', { at: formatAbsoluteTime(deadline, i18n.language) })}>
      <Box
        component="span"
        data-testid="countdown"
        data-countdown={text.countdown}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.25,
          flex: 'none',
          fontSize: 12,
          lineHeight: '18px',
          fontWeight: urgent ? 700 : 500,
          color: text.countdown === 'overdue' ? 'common.white' : COUNTDOWN_COLOR[text.countdown],
          bgcolor: text.countdown === 'overdue' ? COUNTDOWN_COLOR.overdue : 'transparent',
          borderRadius: 1,
          px: text.countdown === 'overdue' ? 0.75 : 0,
          whiteSpace: 'nowrap',
        }}
      >
        <AlarmOutlined sx={{ fontSize: 14 }} />
        {t(`triage.countdown.${text.key}`, text.values)}
      </Box>
    </HoverTooltip>
  );
}
