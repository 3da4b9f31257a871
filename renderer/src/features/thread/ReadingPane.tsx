import { lazy, Suspense, useEffect, useMemo, type RefObject } from 'react';
import { Alert, Box, CircularProgress, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useFormatNumber } from '../../lib/use-format-number.js';
import { useTranslation } from 'react-i18next';
import { OrderChips } from '../../components/OrderChips.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { BuyerHistory } from './BuyerHistory.js';
import { ThreadMessageCard } from './ThreadMessageCard.js';
import { TriageBar } from './TriageBar.js';
import { targetOfThread, type TriageTarget } from './triage-target.js';
import type { TriageActions } from './use-triage-actions.js';
import { useThread } from './use-thread.js';

/** The composer brings the compliance rules (and libphonenumber's metadata): loaded with the first thread. */
const Composer = lazy(() => import('../composer/Composer.js').then((m) => ({ default: m.Composer })));

interface Props {
  id: string;
  onBack: () => void;
  /** Opens another conversation (the buyer's history). */
  onOpen: (id: string) => void;
  triage: TriageActions;
  /** Where the keyboard layer finds what `e` and `!` act on while this conversation is open. */
  targetRef: RefObject<TriageTarget | null>;
}

/** The whole conversation oldest first (buyer messages and our replies), then the buyer's other threads. */
export function ReadingPane({ id, onBack, onOpen, triage, targetRef }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const errorText = useErrorText();
  const thread = useThread(id);
  const loaded = thread.state === 'ready' ? thread.thread.messages : null;
  const target = useMemo(() => (loaded === null ? null : targetOfThread(loaded)), [loaded]);
  useEffect(() => {
    targetRef.current = target;
    return () => {
      targetRef.current = null;
    };
  }, [target, targetRef]);
  if (thread.state === 'loading') return <CircularProgress sx={{ m: 4 }} />;
  if (thread.state === 'failed') {
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {t('thread.loadFailed')} {errorText(thread.error)}
      </Alert>
    );
  }
  const { messages, buyerHistory } = thread.thread;
  const ordered = [...messages].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = ordered[0];
  const orderIds = [...new Set(ordered.flatMap((m) => m.orderIds))];
  const buyer = ordered.find((m) => m.buyer !== null)?.buyer ?? null;
  return (
    <Box sx={{ p: 2, overflow: 'auto', height: '100%' }} data-testid="reading-pane">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1 }}>
        <Tooltip title={`${t('thread.back')} (Esc)`}>
          <IconButton size="small" onClick={onBack} aria-label={t('thread.back')}>
            <ArrowBack fontSize="small" />
          </IconButton>
        </Tooltip>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h6" component="h2" sx={{ lineHeight: 1.3, overflowWrap: 'anywhere' }}>
            {first?.subject || t('list.noSubject')}
          </Typography>
          {buyer !== null && (
            <Typography variant="body2" color="text.secondary" noWrap>
              {buyer.name} &lt;{buyer.address}&gt;
            </Typography>
          )}
        </Box>
      </Stack>
      {orderIds.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, ml: 5 }}>
          <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap', flex: 'none' }}>
            {t('thread.orders')}
          </Typography>
          <OrderChips orderIds={orderIds} />
        </Stack>
      )}
      {target !== null && (
        <TriageBar
          target={target}
          latest={ordered.find((m) => m.id === target.latestId) ?? null}
          actions={triage}
        />
      )}
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
        {t('thread.messagesInThread', { n: fmt(ordered.length) })}
      </Typography>
      <Stack spacing={1.5}>
        {ordered.map((m, i) => (
          <ThreadMessageCard
            key={m.id}
            meta={m}
            focused={m.id === id}
            initiallyOpen={m.id === id || i === ordered.length - 1}
          />
        ))}
        {first !== undefined && (
          <Suspense fallback={null}>
            <Composer key={first.threadId} threadId={first.threadId} />
          </Suspense>
        )}
        {buyer !== null && <BuyerHistory history={buyerHistory} onOpen={onOpen} />}
      </Stack>
    </Box>
  );
}
