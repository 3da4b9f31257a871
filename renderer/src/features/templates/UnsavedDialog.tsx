import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  name: string;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Asked before another template, a new one or closing would throw away unsaved edits. */
export function UnsavedDialog({ open, name, onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onKeep} data-testid="template-unsaved-dialog">
      <DialogTitle>{t('templates.unsavedDialog.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('templates.unsavedDialog.body', { name })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} autoFocus>
          {t('templates.unsavedDialog.keep')}
        </Button>
        <Button color="error" onClick={onDiscard} data-testid="template-discard">
          {t('templates.unsavedDialog.discard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
