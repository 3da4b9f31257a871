import { Box, Paper, Stack, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { BucketCells, BucketHeader, MetricsTable } from './MetricsTable.js';
import { CHART_CATEGORIES, type WindowMetrics } from './metrics-view.js';
import type { MetricsFormat } from './use-metrics-format.js';

interface Props {
  window: WindowMetrics;
  overdueByCategory: Readonly<Record<string, number>>;
  format: MetricsFormat;
}

/** Stacked bars per category (answered in time vs the rest) with the exact figures beneath. */
export function CategoryPanel({ window: w, overdueByCategory, format }: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  const palette = (theme.vars ?? theme).palette;
  const labels = CHART_CATEGORIES.map((c) => t(`metrics.category.${c}`));
  const within = CHART_CATEGORIES.map((c) => w.byCategory[c].answeredWithin24h);
  const rest = CHART_CATEGORIES.map((c) => w.byCategory[c].buyerMessages - w.byCategory[c].answeredWithin24h);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="metrics-by-category">
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('metrics.byCategory')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('metrics.byCategoryNote')}
        </Typography>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 5fr) minmax(0, 6fr)' },
          alignItems: 'center',
        }}
      >
        <BarChart
          // A screenshot or a glance mid-animation would show wrong lengths; figures, not motion.
          skipAnimation
          height={200}
          layout="horizontal"
          margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
          yAxis={[{ scaleType: 'band', data: labels, width: 110 }]}
          xAxis={[{ tickMinStep: 1, valueFormatter: (v: number) => format.count(v) }]}
          series={[
            {
              id: 'within',
              data: within,
              stack: 'total',
              label: t('metrics.series.within'),
              color: palette.success.main,
              valueFormatter: (v) => (v === null ? '' : format.count(v)),
            },
            {
              id: 'rest',
              data: rest,
              stack: 'total',
              label: t('metrics.series.rest'),
              color: palette.grey[400],
              valueFormatter: (v) => (v === null ? '' : format.count(v)),
            },
          ]}
          grid={{ vertical: true }}
        />
        <MetricsTable aria-label={t('metrics.byCategory')}>
          <BucketHeader first={t('metrics.table.category')} />
          <TableBody>
            {CHART_CATEGORIES.map((c, i) => {
              const bucket = w.byCategory[c];
              const overdue = overdueByCategory[c] ?? 0;
              return (
                <TableRow key={c} data-testid={`metrics-category-${c}`}>
                  <TableCell>{labels[i]}</TableCell>
                  <BucketCells bucket={bucket} overdue={overdue} format={format} />
                </TableRow>
              );
            })}
          </TableBody>
        </MetricsTable>
      </Box>
    </Paper>
  );
}
