import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

const POINTS = ['counted', 'excluded', 'response', 'share'] as const;

/** What counts, in plain words: staff compare these figures with Seller Central's and must trust them. */
export function MetricsNote() {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 2, bgcolor: 'action.hover' }} data-testid="metrics-note">
      <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        {t('metrics.noteTitle')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {POINTS.map((p) => (
          <Typography component="li" variant="body2" color="text.secondary" key={p} sx={{ mb: 0.25 }}>
            {t(`metrics.note.${p}`)}
          </Typography>
        ))}
      </Box>
    </Paper>
  );
}
