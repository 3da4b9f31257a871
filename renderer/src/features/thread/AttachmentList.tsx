import { useState } from 'react';
import { Alert, Chip, Snackbar, Stack, Tooltip, Typography } from '@mui/material';
import AttachFile from '@mui/icons-material/AttachFile';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result.js';
import { stripUnsafeChars } from '../../../../shared/domain/reply/attachment-name.js';
import { call } from '../../api/desk-client.js';
import type { MessageMeta } from '../../api/desk-types.js';
import { formatSize } from '../../lib/format-size.js';
import { useErrorText } from '../../lib/use-error-text.js';

type Feedback = { serial: number; kind: 'saved' } | { serial: number; kind: 'failed'; error: ApiError };

/**
 * Names come from hostile mail: shown as text only. Saving sends main the message id and the
 * attachment's position, never the name; main proposes a sanitised name in the system save
 * dialog and writes where the user chose (electron/main/save-attachment.ts).
 */
export function AttachmentList({
  messageId,
  attachments,
}: {
  messageId: string;
  attachments: MessageMeta['attachments'];
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  // One save at a time: a second click while the dialog is up would stack a second dialog.
  const [busy, setBusy] = useState<number | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  if (attachments.length === 0) return null;

  const save = async (index: number): Promise<void> => {
    setBusy(index);
    const result = await call('shell:save-attachment', { id: messageId, index });
    setBusy(null);
    const serial = (feedback?.serial ?? 0) + 1;
    // A cancelled dialog was the user's own choice: nothing to report.
    if (result.ok && !result.value.saved) return;
    setFeedback(result.ok ? { serial, kind: 'saved' } : { serial, kind: 'failed', error: result.error });
  };

  return (
    <Stack spacing={0.5}>
      <Typography variant="caption" color="text.secondary">
        {t('body.attachments')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {attachments.map((a, i) => {
          // No control or bidi-override characters on the chip or in its label.
          const name = stripUnsafeChars(a.filename) || '—';
          return (
            // Not interactive: after a click the chip keeps focus and its tooltip stays up, and an
            // interactive one would sit over the next chip and swallow its click.
            <Tooltip key={i} title={a.contentType} describeChild disableInteractive>
              <Chip
                icon={<AttachFile />}
                variant="outlined"
                data-testid={`attachment-save-${i}`}
                aria-label={t('body.saveAttachment', { name })}
                label={`${name} · ${a.contentType.split(';')[0] ?? ''} · ${formatSize(a.size, i18n.language)}`}
                onClick={() => void save(i)}
                disabled={busy !== null}
                sx={{ maxWidth: 420 }}
              />
            </Tooltip>
          );
        })}
      </Stack>
      <Snackbar
        key={feedback?.serial}
        open={feedback !== null}
        autoHideDuration={feedback?.kind === 'failed' ? null : 5000}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') setFeedback(null);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          data-testid="attachment-save-feedback"
          severity={feedback?.kind === 'failed' ? 'error' : 'success'}
          variant="filled"
          onClose={() => setFeedback(null)}
        >
          {feedback?.kind === 'failed'
            ? `${t('body.attachmentSaveFailed')} ${errorText(feedback.error)}`
            : t('body.attachmentSaved')}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
