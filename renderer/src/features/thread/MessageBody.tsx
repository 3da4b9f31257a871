import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { HtmlBody } from './HtmlBody.js';
import type { BodyState } from './use-message-body.js';

/** Plain text is shown as text, never parsed as HTML: a `<b>` in a buyer's message stays visible. */
export function MessageBody({ body }: { body: BodyState }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (body.state === 'loading') return <CircularProgress size={20} />;
  if (body.state === 'failed') return <Alert severity="error">{errorText(body.error)}</Alert>;
  const { html, text } = body.body;
  if (html !== null && html.trim() !== '') return <HtmlBody html={html} />;
  if (text.trim() === '') {
    return (
      <Typography color="text.secondary" variant="body2">
        {t('body.empty')}
      </Typography>
    );
  }
  return (
    <Box
      data-testid="mail-text"
      sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', typography: 'body2', lineHeight: 1.7 }}
    >
      {text}
    </Box>
  );
}
