import { useRef } from 'react';
import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { importProblem } from './import-export.js';
import { ImportConfirmDialog } from './ImportConfirmDialog.js';
import type { TransferHandle, TransferNotice } from './use-template-transfer.js';

/** Export and import buttons for the dialog's title bar. */
export function TransferButtons({ handle }: { handle: TransferHandle }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Stack direction="row" spacing={1}>
      <Button
        color="inherit"
        startIcon={<FileDownloadOutlined />}
        onClick={handle.exportAll}
        disabled={handle.busy}
        data-testid="templates-export"
      >
        {t('templates.transfer.export')}
      </Button>
      <Button
        color="inherit"
        startIcon={<FileUploadOutlined />}
        onClick={() => input.current?.click()}
        disabled={handle.busy}
      >
        {t('templates.transfer.import')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="templates-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) fires a change.
          e.target.value = '';
          if (file !== undefined) handle.chooseFile(file);
        }}
      />
      <ImportConfirmDialog
        preview={handle.pending?.preview ?? null}
        busy={handle.busy}
        onConfirm={handle.confirm}
        onCancel={handle.cancel}
      />
    </Stack>
  );
}

/** The outcome of the last export or import, in the UI language. */
export function TransferNoticeLine({
  notice,
  onClose,
}: {
  notice: TransferNotice | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (notice === null) return null;
  const props = { onClose, sx: { mx: 2, mt: 1 }, 'data-testid': 'templates-transfer-notice' } as const;
  switch (notice.kind) {
    case 'exported':
      return (
        <Alert severity="success" {...props}>
          {t('templates.transfer.exported', { n: notice.n, file: notice.file })}
        </Alert>
      );
    case 'imported':
      return (
        <Alert severity="success" {...props}>
          {t('templates.transfer.done', { added: notice.added, updated: notice.updated })}
        </Alert>
      );
    case 'export-failed':
      return (
        <Alert severity="error" {...props}>
          {t('templates.transfer.exportFailed', { reason: errorText(notice.error) })}
        </Alert>
      );
    case 'too-big':
    case 'read-failed':
      return (
        <Alert severity="error" {...props}>
          <AlertTitle>{t('templates.transfer.failedTitle')}</AlertTitle>
          {notice.kind === 'too-big' ? t('templates.transfer.tooBig') : t('templates.transfer.readFailed')}
        </Alert>
      );
    case 'import-failed': {
      const problem = importProblem(notice.error);
      // Where in the file, in the core's words (a template id, a field): shown as is. Without a
      // known code, a refused request's message is the only explanation there is.
      const where =
        problem !== null
          ? problem.where
          : notice.error.code === 'invalid-request'
            ? notice.error.message
            : null;
      return (
        <Alert severity="error" {...props}>
          <AlertTitle>{t('templates.transfer.failedTitle')}</AlertTitle>
          {problem !== null ? t(`templates.transfer.problems.${problem.code}`) : errorText(notice.error)}
          {where !== null && (
            <div style={{ opacity: 0.8, marginTop: 4, overflowWrap: 'anywhere' }}>{where}</div>
          )}
        </Alert>
      );
    }
  }
}
