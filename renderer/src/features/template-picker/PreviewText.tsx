import { useMemo } from 'react';
import { Box } from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import { previewSegments } from '../templates/placeholder-text.js';

interface Props {
  text: string;
  missing: readonly string[];
}

/** The reply text as it will be inserted, unfilled placeholders painted as the composer's block marks. */
export function PreviewText({ text, missing }: Props) {
  const theme = useTheme();
  const segments = useMemo(() => previewSegments(text, missing), [text, missing]);
  return (
    <Box
      data-testid="template-preview"
      data-missing={missing.length}
      sx={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        p: 1.5,
        fontSize: 14,
        lineHeight: 1.7,
        maxHeight: 320,
        overflowY: 'auto',
        bgcolor: 'action.hover',
      }}
    >
      {segments.map((s, i) =>
        s.missing === null ? (
          <span key={i}>{s.text}</span>
        ) : (
          <Box
            component="mark"
            key={i}
            data-missing-name={s.missing}
            sx={{
              bgcolor: alpha(theme.palette.error.main, 0.22),
              boxShadow: `inset 0 -2px 0 ${theme.palette.error.main}`,
              borderRadius: 0.5,
              color: 'inherit',
            }}
          >
            {s.text}
          </Box>
        ),
      )}
    </Box>
  );
}
