import { useRowTranslation } from '../i18n/use-row-translation.js';
import { formatAbsoluteTime, formatRelativeTime } from '../lib/relative-time.js';
import { HoverTooltip } from './HoverTooltip.js';
import './compact.css';

/** "3 hours ago" in a list row, the full date and time on hover. */
export function RelativeTime({ iso, now }: { iso: string; now: number }) {
  const { language } = useRowTranslation();
  return (
    <HoverTooltip title={formatAbsoluteTime(iso, language)} enterDelay={400}>
      <time className="hd-time" dateTime={iso}>
        {formatRelativeTime(iso, now, language)}
      </time>
    </HoverTooltip>
  );
}
