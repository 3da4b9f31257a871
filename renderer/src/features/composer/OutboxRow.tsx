import { useState } from 'react';
import { Alert, AlertTitle, Box, Button, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutboxItemView } from '../../../../shared/api/schemas/outbox.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { planOutboxRow, type OutboxRowAction } from './outbox-text.js';
import { runOutboxAction } from './use-outbox.js';
import { dateTimeFormat } from '../../lib/intl-cache.js';

interface Props {
  item: OutboxItemView;
  /** The reply went back to the editor (outbox:discard restored the draft). */
  onRestored: () => void;
}

function timeOf(iso: string | null, locale: string): string {
  if (iso === null) return '';
  return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Messages behind a collision are in this conversation: scroll to the card rather than navigate away. */
function showMessage(id: string): void {
  const el = document.querySelector(`[data-message-id="${CSS.escape(id)}"]`);
  el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (el instanceof HTMLElement) el.focus();
}

export function OutboxRow({ item, onRestored }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const plan = planOutboxRow(item);
  const [busy, setBusy] = useState<OutboxRowAction | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const act = async (action: OutboxRowAction) => {
    setBusy(action);
    setNote(null);
    const r = await runOutboxAction(action, item.id);
    setBusy(null);
    if (!r.ok) setNote(t('outbox.actionFailed', { reason: errorText(r.error) }));
    else if (action === 'discard') {
      if (r.restoredDraft) onRestored();
      else setNote(t('outbox.newerDraftKept'));
    }
  };

  const title =
    item.state === 'sent'
      ? t('outbox.sentAt', { time: timeOf(item.sentAt, i18n.language) })
      : t(`outbox.state.${item.state}`);
  const reason =
    plan.reason === 'temporary'
      ? item.nextAttemptAt === null
        ? t('outbox.reason.temporarySoon')
        : t('outbox.reason.temporary', { time: timeOf(item.nextAttemptAt, i18n.language) })
      : plan.reason === null
        ? null
        : t(`outbox.reason.${plan.reason}`);
  return (
    <Alert
      severity={plan.tone}
      variant="outlined"
      data-testid={`outbox-row-${item.state}`}
      data-outbox-id={item.id}
      icon={
        item.state === 'sending' || item.state === 'checking' ? <CircularProgress size={18} /> : undefined
      }
      sx={{ '& .MuiAlert-message': { flex: 1, minWidth: 0 } }}
    >
      <AlertTitle sx={{ mb: 0.25 }}>{title}</AlertTitle>
      <Typography variant="body2" noWrap color="text.secondary">
        {item.subject} — {item.snippet}
      </Typography>
      {reason !== null && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {reason}
        </Typography>
      )}
      {plan.showDetail && item.problem !== null && item.problem.detail !== '' && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ display: 'block', overflowWrap: 'anywhere' }}
        >
          {t('outbox.serverSaid', { detail: item.problem.detail })}
        </Typography>
      )}
      {item.state === 'held' && item.problem !== null && item.problem.messageIds.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
          {item.problem.messageIds.map((id, i) => (
            <Link key={id} component="button" variant="body2" onClick={() => showMessage(id)}>
              {t('outbox.showMessage', { n: i + 1 })}
            </Link>
          ))}
        </Stack>
      )}
      {plan.actions.length > 0 && (
        <Box sx={{ mt: 1, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {plan.actions.map((a) => (
            <Button
              key={a}
              size="small"
              variant={a === 'discard' ? 'text' : 'outlined'}
              color="inherit"
              disabled={busy !== null}
              onClick={() => void act(a)}
              data-testid={`outbox-${a}`}
            >
              {t(`outbox.action.${a}`)}
            </Button>
          ))}
        </Box>
      )}
      {note !== null && (
        <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
          {note}
        </Typography>
      )}
    </Alert>
  );
}
