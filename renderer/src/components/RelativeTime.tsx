import { HoverTooltip } from './HoverTooltip.js';
import { Typography, type TypographyProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatAbsoluteTime, formatRelativeTime } from '../lib/relative-time.js';

interface Props {
  iso: string;
  now: number;
  variant?: TypographyProps['variant'];
}

export function RelativeTime({ iso, now, variant = 'caption' }: Props) {
  const { i18n } = useTranslation();
  const absolute = formatAbsoluteTime(iso, i18n.language);
  return (
    <HoverTooltip title={absolute} enterDelay={400}>
      <Typography component="time" dateTime={iso} variant={variant} color="text.secondary" noWrap>
        {formatRelativeTime(iso, now, i18n.language)}
      </Typography>
    </HoverTooltip>
  );
}
