import { Box } from '@mui/material';
import { highlightSegments } from '../lib/highlight.js';
import type { Range } from '../api/desk-types.js';

interface Props {
  text: string;
  ranges: readonly Range[];
}

export function HighlightedText({ text, ranges }: Props) {
  const segments = highlightSegments(text, ranges);
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <Box
            component="mark"
            key={i}
            sx={{ bgcolor: 'warning.light', color: 'inherit', borderRadius: 0.5, px: '1px' }}
          >
            {s.text}
          </Box>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
