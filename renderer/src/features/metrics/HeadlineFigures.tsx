import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FigureCard } from './FigureCard.js';
import { shareDenominator, type WindowMetrics } from './metrics-view.js';
import type { MetricsFormat } from './use-metrics-format.js';

interface Props {
  window: WindowMetrics;
  overdueNow: number;
  format: MetricsFormat;
}

export function HeadlineFigures({ window: w, overdueNow, format }: Props) {
  const { t } = useTranslation();
  const counted = shareDenominator(w);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        // Two rows of three: six cards in one row squeeze the Japanese labels onto two lines.
        gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)' },
      }}
    >
      <FigureCard
        testId="metrics-share"
        label={t('metrics.figures.share')}
        value={format.share(w.shareWithin24h)}
        detail={
          w.shareWithin24h === null
            ? t('metrics.figures.shareNone')
            : t('metrics.figures.shareDetail', {
                within: format.count(w.answeredWithin24h),
                counted: format.count(counted),
              })
        }
      />
      <FigureCard
        testId="metrics-median"
        label={t('metrics.figures.median')}
        value={format.duration(w.medianFirstResponseMs)}
        detail={
          w.medianFirstResponseMs === null
            ? t('metrics.figures.medianNone')
            : t('metrics.lastDays', { n: w.days })
        }
      />
      <FigureCard
        testId="metrics-overdue"
        label={t('metrics.figures.overdue')}
        value={format.count(overdueNow)}
        detail={t('metrics.figures.overdueDetail')}
        tone={overdueNow > 0 ? 'alert' : 'normal'}
      />
      <FigureCard
        testId="metrics-buyer"
        label={t('metrics.figures.buyerMessages')}
        value={format.count(w.buyerMessages)}
        detail={t('metrics.figures.buyerMessagesDetail')}
      />
      <FigureCard
        testId="metrics-pending"
        label={t('metrics.figures.pending')}
        value={format.count(w.pending)}
        detail={t('metrics.figures.pendingDetail')}
      />
      <FigureCard
        testId="metrics-elsewhere"
        label={t('metrics.figures.answeredElsewhere')}
        value={format.count(w.answeredElsewhere)}
        detail={t('metrics.figures.answeredElsewhereDetail')}
        help={t('metrics.figures.answeredElsewhereHelp')}
      />
    </Box>
  );
}
