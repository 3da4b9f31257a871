import type { ReactNode } from 'react';
import { Box, Table } from '@mui/material';

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
