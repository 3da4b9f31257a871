import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import { useTranslation } from 'react-i18next';

const rows = [
  { keys: ['↓', 'j'], label: 'shortcuts.next' },
  { keys: ['↑', 'k'], label: 'shortcuts.previous' },
  { keys: ['Enter'], label: 'shortcuts.open' },
  { keys: ['/'], label: 'shortcuts.search' },
  { keys: ['Esc'], label: 'shortcuts.back' },
  { keys: ['r'], label: 'composer.shortcut' },
  { keys: ['e'], label: 'triage.shortcuts.noReply' },
  { keys: ['!'], label: 'triage.shortcuts.report' },
  { keys: ['?'], label: 'shortcuts.help' },
] as const;

export function ShortcutHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.label}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {r.keys.map((k) => (
                    <Box
                      component="kbd"
                      key={k}
                      sx={{
                        px: 0.75,
                        py: 0.25,
                        mr: 0.5,
                        border: 1,
                        borderColor: 'divider',
                        borderRadius: 0.5,
                        fontFamily: 'inherit',
                        fontSize: 13,
                      }}
                    >
                      {k}
                    </Box>
                  ))}
                </TableCell>
                <TableCell>{t(r.label)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('shortcuts.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
