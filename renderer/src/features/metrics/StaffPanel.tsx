import { Paper, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BucketCells, BucketHeader, MetricsTable } from './MetricsTable.js';
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
        <BucketHeader first={t('metrics.table.staff')} />
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid={`metrics-staff-${row.id === '' ? 'unassigned' : row.id}`}>
              <TableCell sx={row.id === '' || !row.known ? { color: 'text.secondary' } : undefined}>
                {nameOf(row)}
              </TableCell>
              <BucketCells bucket={row.bucket} overdue={row.overdue} format={format} />
            </TableRow>
          ))}
        </TableBody>
      </MetricsTable>
    </Paper>
  );
}
