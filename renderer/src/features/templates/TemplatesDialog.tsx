import { useState } from 'react';
import {
  Alert,
  AppBar,
  Box,
  Button,
  CircularProgress,
  Dialog,
  IconButton,
  Snackbar,
  Tab,
  Tabs,
  Toolbar,
  Typography,
} from '@mui/material';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { TemplateEditor } from './TemplateEditor.js';
import { TemplateListPane } from './TemplateListPane.js';
import { TemplateSettingsPanel } from './TemplateSettingsPanel.js';
import { TransferButtons, TransferNoticeLine } from './TransferBar.js';
import { UnsavedDialog } from './UnsavedDialog.js';
import { useTemplateLibrary } from './use-template-library.js';
import { useTemplateSettings } from './use-template-settings.js';
import { useTemplateTransfer } from './use-template-transfer.js';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The message open in the reading pane, when the library is opened from a thread: enables the preview. */
  messageId?: string | null;
}

/** The template library (issue 6): a full-screen dialog, list on the left, editor on the right. */
export function TemplatesDialog({ open, onClose, messageId = null }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} fullScreen aria-labelledby="templates-title">
      {/* Mounted only while open: every opening re-reads the library from the core. */}
      {open ? <TemplatesContent onClose={onClose} messageId={messageId} /> : <span>{t('app.loading')}</span>}
    </Dialog>
  );
}

function TemplatesContent({ onClose, messageId }: { onClose: () => void; messageId: string | null }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [tab, setTab] = useState<'library' | 'settings'>('library');
  const library = useTemplateLibrary(i18n.language, onClose);
  const settings = useTemplateSettings(library.reload);
  const transfer = useTemplateTransfer(library.reload);
  const editingId = library.editing?.view?.template.id ?? null;

  return (
    <Box data-testid="templates-dialog" sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <AppBar
        position="static"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography id="templates-title" variant="h6" component="h2">
            {t('templates.title')}
          </Typography>
          <Tabs value={tab} onChange={(_, v: 'library' | 'settings') => setTab(v)} sx={{ flex: 1 }}>
            <Tab value="library" label={t('templates.tabs.library')} data-testid="templates-tab-library" />
            <Tab value="settings" label={t('templates.tabs.settings')} data-testid="templates-tab-settings" />
          </Tabs>
          <TransferButtons handle={transfer} />
          <IconButton
            aria-label={t('templates.close')}
            onClick={() => library.move({ to: 'close' })}
            data-testid="templates-close"
          >
            <Close />
          </IconButton>
        </Toolbar>
      </AppBar>
      <TransferNoticeLine notice={transfer.notice} onClose={transfer.clearNotice} />
      {library.loadError !== null ? (
        <Alert severity="error" sx={{ m: 2 }} action={<Button onClick={library.reload}>↻</Button>}>
          {t('templates.loadFailed', { reason: errorText(library.loadError) })}
        </Alert>
      ) : tab === 'settings' ? (
        <Box sx={{ flex: 1, overflowY: 'auto' }}>
          <TemplateSettingsPanel handle={settings} />
        </Box>
      ) : library.views === null ? (
        <CircularProgress sx={{ m: 4 }} />
      ) : (
        <Box sx={{ flex: 1, display: 'grid', gridTemplateColumns: 'minmax(280px, 360px) 1fr', minHeight: 0 }}>
          <Box sx={{ borderRight: 1, borderColor: 'divider', minHeight: 0 }}>
            <TemplateListPane
              views={library.views}
              selectedId={editingId}
              onSelect={(id) => library.move({ to: 'open', id })}
              onNew={() => library.move({ to: 'new' })}
            />
          </Box>
          <Box sx={{ overflowY: 'auto', minHeight: 0 }}>
            <TemplateEditor
              // A fresh editor per template: the language tab starts at that template's default.
              key={editingId ?? (library.editing === null ? 'none' : 'new')}
              handle={library}
              customFields={settings.saved?.customFields ?? []}
              reviewAfterDays={settings.saved?.reviewAfterDays ?? 90}
              messageId={messageId}
            />
          </Box>
        </Box>
      )}
      <UnsavedDialog
        open={library.pendingMove !== null}
        name={library.editing?.form.name ?? ''}
        onKeep={library.cancelMove}
        onDiscard={library.confirmMove}
      />
      <Snackbar
        open={library.undo !== null}
        onClose={(_, reason) => {
          // A click elsewhere is not a decision to give up the undo.
          if (reason !== 'clickaway') library.dismissUndo();
        }}
        autoHideDuration={10_000}
        message={t('templates.deleted', { name: library.undo?.name ?? '' })}
        action={
          <Button color="secondary" size="small" onClick={library.restore} data-testid="template-undo">
            {t('templates.undo')}
          </Button>
        }
      />
    </Box>
  );
}
