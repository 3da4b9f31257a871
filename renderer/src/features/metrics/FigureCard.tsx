import type { ReactNode } from 'react';
import { Paper, Stack, Tooltip, Typography } from '@mui/material';
import InfoOutlined from '@mui/icons-material/InfoOutlined';

interface Props {
  label: string;
  value: string;
  detail: string;
  /** 'alert' paints the value red: an overdue message is costing the seller's rating right now. */
  tone?: 'normal' | 'alert';
  help?: ReactNode;
  testId: string;
}

export function FigureCard({ label, value, detail, tone = 'normal', help, testId }: Props) {
  return (
    <Paper variant="outlined" sx={{ p: 2, height: '100%' }} data-testid={testId}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minHeight: 24 }}>
        <Typography variant="body2" color="text.secondary" component="h3">
          {label}
        </Typography>
        {help !== undefined && (
          <Tooltip title={help} describeChild>
            <InfoOutlined
              fontSize="small"
              tabIndex={0}
              aria-label={typeof help === 'string' ? help : undefined}
              sx={{ color: 'text.secondary', fontSize: 18, cursor: 'help' }}
            />
          </Tooltip>
        )}
      </Stack>
      <Typography
        data-testid={`${testId}-value`}
        sx={{
          fontSize: 30,
          fontWeight: 600,
          lineHeight: 1.3,
          mt: 0.5,
          color: tone === 'alert' ? 'error.main' : 'text.primary',
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {detail}
      </Typography>
    </Paper>
  );
}
