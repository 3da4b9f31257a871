import { createTheme } from '@mui/material/styles';

/**
 * Light and dark schemes chosen by the OS (prefers-color-scheme) through CSS variables, so the
 * switch needs no re-render. Fonts list the system UI faces of each market first: Japanese text
 * in a Chinese font (or the reverse) shows the wrong glyph shapes for shared Han characters.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'media' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1f5fbf' },
        secondary: { main: '#7b3fa0' },
        background: { default: '#f6f7f9' },
      },
    },
    dark: { palette: { primary: { main: '#8ab4f8' }, secondary: { main: '#d0a4f0' } } },
  },
  typography: {
    fontFamily: [
      'system-ui',
      '-apple-system',
      '"Segoe UI"',
      '"Hiragino Sans"',
      '"Yu Gothic UI"',
      '"Noto Sans CJK JP"',
      '"Microsoft YaHei"',
      '"Malgun Gothic"',
      'sans-serif',
    ].join(','),
  },
  shape: { borderRadius: 6 },
  // Upper-casing buttons is meaningless for CJK and shouts in English.
  components: { MuiButton: { styleOverrides: { root: { textTransform: 'none' } } } },
});
