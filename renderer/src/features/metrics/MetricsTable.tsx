import type { ReactNode } from 'react';
import { Box, Table, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Bucket } from './metrics-view.js';
import type { MetricsFormat } from './use-metrics-format.js';

/**
 * The metrics tables' shared look: headers never wrap mid-word (a wrapped 担当者 reads as two
 * words) and figures line up in tabular digits.
 */
export function MetricsTable({
  children,
  'aria-label': label,
}: {
  children: ReactNode;
  'aria-label': string;
}) {
  return (
    // A narrow window scrolls the table sideways instead of spilling it over the panel's edge.
    <Box sx={{ overflowX: 'auto', minWidth: 0 }}>
      <Table
        size="small"
        aria-label={label}
        sx={{
          '& th, & td': { whiteSpace: 'nowrap' },
          '& td': { fontVariantNumeric: 'tabular-nums' },
          '& thead th': { color: 'text.secondary', fontWeight: 500 },
        }}
      >
        {children}
      </Table>
    </Box>
  );
}

/** The header both tables share; only the first column (category or staff member) differs. */
export function BucketHeader({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <TableHead>
      <TableRow>
        <TableCell>{first}</TableCell>
        <TableCell align="right">{t('metrics.table.messages')}</TableCell>
        <TableCell align="right">{t('metrics.table.share')}</TableCell>
        <TableCell align="right">{t('metrics.table.median')}</TableCell>
        <TableCell align="right">{t('metrics.table.overdue')}</TableCell>
      </TableRow>
    </TableHead>
  );
}

/** One row's figures after its name: messages, share within 24 h, median, overdue (red when any). */
export function BucketCells({
  bucket,
  overdue,
  format,
}: {
  bucket: Bucket;
  overdue: number;
  format: MetricsFormat;
}) {
  return (
    <>
      <TableCell align="right">{format.count(bucket.buyerMessages)}</TableCell>
      <TableCell align="right">{format.share(bucket.shareWithin24h)}</TableCell>
      <TableCell align="right">{format.duration(bucket.medianFirstResponseMs)}</TableCell>
      <TableCell align="right" sx={overdue > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}>
        {format.count(overdue)}
      </TableCell>
    </>
  );
}
