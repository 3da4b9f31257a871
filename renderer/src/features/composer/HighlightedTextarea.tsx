import { useMemo, useRef, type RefObject } from 'react';
import { Box } from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import { markSegments, type Mark } from './finding-segments.js';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  marks: readonly Mark[];
  inputRef: RefObject<HTMLTextAreaElement | null>;
  label: string;
  placeholder?: string;
  rows?: number;
  testId: string;
  monospace?: boolean;
}

/**
 * A plain textarea with the findings painted behind it (the mirror technique): a div with the
 * same font, padding, wrapping and scroll position shows the text transparently with coloured
 * marks, so highlights follow the text as it is typed without a rich-text editor. Both boxes
 * reserve the scrollbar gutter, or the mirror would wrap lines at a different width.
 */
export function HighlightedTextarea(props: Props) {
  const { value, onChange, onBlur, marks, inputRef, label, placeholder, rows = 10, testId } = props;
  const theme = useTheme();
  const mirror = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => markSegments(value, marks), [value, marks]);
  const shared = {
    font: 'inherit',
    fontFamily: props.monospace ? 'ui-monospace, Menlo, Consolas, monospace' : theme.typography.fontFamily,
    fontSize: 15,
    lineHeight: 1.7,
    letterSpacing: 'normal',
    p: 1.5,
    m: 0,
    border: 0,
    boxSizing: 'border-box',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    wordBreak: 'normal',
    scrollbarGutter: 'stable',
    tabSize: 4,
  } as const;
  const colour = {
    block: alpha(theme.palette.error.main, 0.22),
    warn: alpha(theme.palette.warning.main, 0.25),
  };
  return (
    <Box
      sx={{
        position: 'relative',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        '&:focus-within': {
          borderColor: 'primary.main',
          boxShadow: `0 0 0 1px ${theme.palette.primary.main}`,
        },
      }}
    >
      <Box
        ref={mirror}
        aria-hidden
        data-testid={`${testId}-highlights`}
        sx={{ ...shared, position: 'absolute', inset: 0, overflow: 'hidden', color: 'transparent' }}
      >
        {segments.map((s) =>
          s.severity === null ? (
            <span key={s.start}>{s.text}</span>
          ) : (
            <Box
              component="mark"
              key={s.start}
              data-severity={s.severity}
              sx={{
                color: 'transparent',
                bgcolor: colour[s.severity],
                borderRadius: 0.5,
                boxShadow: `inset 0 -2px 0 ${s.severity === 'block' ? theme.palette.error.main : theme.palette.warning.main}`,
              }}
            >
              {s.text}
            </Box>
          ),
        )}
        {/* A trailing newline makes no line box in a div, but does in a textarea. */}
        {value.endsWith('\n') ? ' ' : null}
      </Box>
      <Box
        component="textarea"
        ref={inputRef}
        value={value}
        rows={rows}
        aria-label={label}
        placeholder={placeholder}
        data-testid={testId}
        spellCheck
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        onScroll={(e) => {
          if (mirror.current !== null) mirror.current.scrollTop = e.currentTarget.scrollTop;
        }}
        sx={{
          ...shared,
          position: 'relative',
          display: 'block',
          width: '100%',
          resize: 'vertical',
          overflowY: 'auto',
          background: 'transparent',
          color: 'text.primary',
          caretColor: theme.palette.text.primary,
          outline: 'none',
          '&::placeholder': { color: 'text.disabled' },
        }}
      />
    </Box>
  );
}
