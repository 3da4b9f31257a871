import { useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import Reply from '@mui/icons-material/Reply';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { useDeskShortcuts } from '../inbox/use-desk-shortcuts.js';
import { ComposerEditor } from './ComposerEditor.js';
import { OutboxStatus } from './OutboxStatus.js';
import { useThreadOutbox } from './use-outbox.js';
import { useReplyLoad } from './use-reply-load.js';

/**
 * The reply area at the foot of a conversation: the outbox rows of this thread, then the
 * "Reply" button or the editor. Replies always go in this thread (In-Reply-To the buyer's
 * message), which is what lets them reach a buyer who opted out of seller messages.
 */
export function Composer({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { load, reload } = useReplyLoad(threadId);
  const outbox = useThreadOutbox(threadId);
  const [open, setOpen] = useState(false);
  const [queued, setQueued] = useState(false);

  // The desk's own listener knows `r` too (use-desk-shortcuts.ts) but has no editor to open;
  // this second listener is mounted only while a conversation with a composer is shown.
  useDeskShortcuts(load.state === 'ready' && !open, (action) => {
    if (action === 'reply') {
      setOpen(true);
      setQueued(false);
    }
  });

  if (load.state === 'loading' || load.state === 'unavailable') return null;
  if (load.state === 'none') {
    return (
      <Box data-testid="composer-none">
        <OutboxStatus items={outbox.items} onRestored={reload} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('composer.noBuyerMessage')}
        </Typography>
      </Box>
    );
  }
  if (load.state === 'failed') {
    return <Alert severity="error">{t('composer.loadFailed', { reason: errorText(load.error) })}</Alert>;
  }
  const restored = () => {
    setOpen(true);
    setQueued(false);
    reload();
  };
  return (
    <Stack spacing={1.5} data-testid="reply-area">
      <OutboxStatus items={outbox.items} onRestored={restored} />
      {queued && !open && outbox.items.every((i) => i.state !== 'held' && i.state !== 'failed') && (
        <Typography variant="body2" color="text.secondary" data-testid="composer-queued">
          {t('composer.queued')}
        </Typography>
      )}
      {open ? (
        <ComposerEditor
          key={`${threadId}|${load.serial}`}
          threadId={threadId}
          defaults={load.defaults}
          draft={load.draft}
          settings={load.settings}
          usage={outbox.usage}
          onClose={() => {
            setOpen(false);
            // The editor saved on close; read it back so "Continue the draft" is accurate.
            reload();
          }}
          onQueued={() => {
            setOpen(false);
            setQueued(true);
            outbox.refresh();
            reload();
          }}
        />
      ) : (
        <Box>
          <Button
            variant="contained"
            startIcon={<Reply />}
            onClick={() => {
              setOpen(true);
              setQueued(false);
            }}
            data-testid="composer-open"
            data-has-draft={load.draft !== null}
          >
            {load.draft === null ? t('composer.reply') : t('composer.continueDraft')}
          </Button>
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1.5 }}>
            {t('composer.replyHint')}
          </Typography>
        </Box>
      )}
    </Stack>
  );
}
