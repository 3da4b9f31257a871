import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

interface Props {
  id: string;
  title: string;
  help?: string;
  children: ReactNode;
}

/** One titled block of a long settings dialog; the heading labels the region for screen readers. */
export function SettingsSection({ id, title, help, children }: Props) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ py: 2 }}>
      <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {help !== undefined && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {help}
        </Typography>
      )}
      {children}
    </Box>
  );
}
