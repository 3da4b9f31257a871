import { Paper, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MetricsTable } from './MetricsTable.js';
import type { StaffRow } from './metrics-view.js';
import type { MetricsFormat } from './use-metrics-format.js';

interface Props {
  rows: readonly StaffRow[];
  format: MetricsFormat;
}

export function StaffPanel({ rows, format }: Props) {
  const { t } = useTranslation();
  const nameOf = (row: StaffRow): string => {
    if (row.id === '') return t('metrics.unassigned');
    return row.name ?? t('metrics.unknownStaff', { id: row.id });
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="metrics-by-staff">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {t('metrics.byStaff')}
      </Typography>
      <MetricsTable aria-label={t('metrics.byStaff')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('metrics.table.staff')}</TableCell>
            <TableCell align="right">{t('metrics.table.messages')}</TableCell>
            <TableCell align="right">{t('metrics.table.share')}</TableCell>
            <TableCell align="right">{t('metrics.table.median')}</TableCell>
            <TableCell align="right">{t('metrics.table.overdue')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid={`metrics-staff-${row.id === '' ? 'unassigned' : row.id}`}>
              <TableCell sx={row.id === '' || !row.known ? { color: 'text.secondary' } : undefined}>
                {nameOf(row)}
              </TableCell>
              <TableCell align="right">{format.count(row.bucket.buyerMessages)}</TableCell>
              <TableCell align="right">{format.share(row.bucket.shareWithin24h)}</TableCell>
              <TableCell align="right">{format.duration(row.bucket.medianFirstResponseMs)}</TableCell>
              <TableCell
                align="right"
                sx={row.overdue > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}
              >
                {format.count(row.overdue)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </MetricsTable>
    </Paper>
  );
}
