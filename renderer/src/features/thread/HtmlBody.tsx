import { useMemo, useState } from 'react';
import { Alert, Box, Button, Link, Stack, Typography } from '@mui/material';
import { useFormatNumber } from '../../lib/use-format-number.js';
import { useTranslation } from 'react-i18next';
import { LinkConfirmDialog } from './LinkConfirmDialog.js';
import { mailSrcdoc } from './mail-srcdoc.js';
import { sanitizeMail } from './sanitize-mail.js';

/**
 * Mail HTML in `sandbox=""`: no scripts, no same-origin, no forms, no popups, no top navigation.
 * Links inside are inert (the sanitiser removed their hrefs); they are listed below the frame,
 * where a click goes through the confirmation dialog.
 */
export function HtmlBody({ html }: { html: string }) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const [showImages, setShowImages] = useState(false);
  const [confirmUrl, setConfirmUrl] = useState<string | null>(null);
  const mail = useMemo(() => sanitizeMail(html, { showImages }, window), [html, showImages]);
  const srcdoc = useMemo(() => mailSrcdoc(mail, showImages), [mail, showImages]);

  return (
    <Stack spacing={1}>
      {mail.blockedImages > 0 && !showImages && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => setShowImages(true)}>
              {t('body.showImages')}
            </Button>
          }
        >
          {t('body.imagesBlocked', { n: fmt(mail.blockedImages) })}
        </Alert>
      )}
      <Box
        component="iframe"
        title={t('body.htmlFrameTitle')}
        sandbox=""
        referrerPolicy="no-referrer"
        srcDoc={srcdoc}
        data-testid="mail-frame"
        sx={{
          width: '100%',
          height: 420,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: '#fff',
          resize: 'vertical',
        }}
      />
      {mail.links.length > 0 && (
        <Box>
          <Typography variant="caption" color="text.secondary">
            {t('body.links')}
          </Typography>
          <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {mail.links.slice(0, 50).map((href, i) => (
              <li key={i}>
                <Link
                  component="button"
                  variant="body2"
                  onClick={() => setConfirmUrl(href)}
                  sx={{ textAlign: 'left', wordBreak: 'break-all' }}
                >
                  {href.length > 120 ? `${href.slice(0, 120)}…` : href}
                </Link>
              </li>
            ))}
          </Stack>
        </Box>
      )}
      <LinkConfirmDialog url={confirmUrl} onClose={() => setConfirmUrl(null)} />
    </Stack>
  );
}
