import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { importSummary } from './import-export.js';
import type { ImportPreviewValue } from './template-types.js';

interface Props {
  preview: ImportPreviewValue | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import will change, named template by template, before anything is written. */
export function ImportConfirmDialog({ preview, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const summary = preview === null ? null : importSummary(preview);
  return (
    <Dialog
      open={preview !== null}
      onClose={onCancel}
      maxWidth="sm"
      fullWidth
      data-testid="templates-import-dialog"
    >
      <DialogTitle>{t('templates.transfer.confirmTitle')}</DialogTitle>
      {preview !== null && summary !== null && (
        <DialogContent dividers>
          {summary.empty ? (
            <Typography>
              {summary.noTemplates ? t('templates.transfer.noTemplates') : t('templates.transfer.nothing')}
            </Typography>
          ) : (
            <>
              <Section
                title={t('templates.transfer.added', { n: summary.added })}
                items={preview.added}
                testId="import-added"
              />
              <Section
                title={t('templates.transfer.updated', { n: summary.updated })}
                items={preview.updated}
                testId="import-updated"
              />
              <Typography variant="body2" color="text.secondary">
                {t('templates.transfer.unchanged', { n: summary.unchanged })}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t('templates.transfer.allOrNothing')}
              </Typography>
            </>
          )}
        </DialogContent>
      )}
      <DialogActions>
        <Button onClick={onCancel}>{t('templates.transfer.cancel')}</Button>
        <Button
          variant="contained"
          onClick={onConfirm}
          disabled={busy || summary === null || summary.empty}
          data-testid="templates-import-confirm"
        >
          {t('templates.transfer.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Section({
  title,
  items,
  testId,
}: {
  title: string;
  items: ReadonlyArray<{ id: string; name: string }>;
  testId: string;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2">{title}</Typography>
      <List dense data-testid={testId} sx={{ mb: 1 }}>
        {items.map((i) => (
          <ListItem key={i.id} disablePadding>
            <ListItemText primary={i.name} secondary={i.id} />
          </ListItem>
        ))}
      </List>
    </>
  );
}
