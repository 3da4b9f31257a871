import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Chip, Collapse, Paper, Stack, Typography } from '@mui/material';
import Reply from '@mui/icons-material/Reply';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result.js';
import type { MessageMeta } from '../../api/desk-types.js';
import { CategoryChip } from '../../components/CategoryChip.js';
import { LanguageBadge } from '../../components/LanguageBadge.js';
import { formatAbsoluteTime } from '../../lib/relative-time.js';
import { formatSize } from '../../lib/format-size.js';
import { MAX_MESSAGE_BYTES } from '../../../../shared/domain/download-plan.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { AttachmentList } from './AttachmentList.js';
import { MessageActions } from './MessageActions.js';
import { MessageBody } from './MessageBody.js';
import { RawSourceDialog } from './RawSourceDialog.js';
import { useMessageBody } from './use-message-body.js';

const automatedLabel = {
  'marketplace-notice': 'thread.marketplaceNotice',
  'auto-reply': 'thread.autoReply',
  bounce: 'thread.bounce',
} as const;

/** One message of the conversation; its body loads only once the card is expanded. */
export function ThreadMessageCard({
  meta,
  initiallyOpen,
  focused,
}: {
  meta: MessageMeta;
  initiallyOpen: boolean;
  focused: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const ref = useRef<HTMLDivElement>(null);
  // The message the user opened may sit in the middle of a long conversation: bring it into view.
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  return (
    <Paper
      ref={ref}
      variant="outlined"
      data-testid="thread-message"
      data-message-id={meta.id}
      sx={{ borderLeft: 4, borderLeftColor: meta.mailbox === 'sent' ? 'success.main' : 'primary.main' }}
    >
      <CardHeader meta={meta} open={open} onToggle={() => setOpen((o) => !o)} />
      <Collapse in={open} unmountOnExit>
        <CardContent meta={meta} />
      </Collapse>
    </Paper>
  );
}

function CardHeader({ meta, open, onToggle }: { meta: MessageMeta; open: boolean; onToggle: () => void }) {
  const { t, i18n } = useTranslation();
  const ours = meta.mailbox === 'sent';
  const who = ours
    ? `${t('thread.sentByUs')} → ${meta.to[0]?.name || meta.to[0]?.address || ''}`
    : meta.buyer?.name || meta.from?.name || meta.from?.address || t('list.unknownSender');
  return (
    <Box
      onClick={onToggle}
      role="button"
      aria-expanded={open}
      aria-label={open ? t('thread.collapse') : t('thread.expand')}
      sx={{ px: 2, py: 1.25, cursor: 'pointer' }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {ours && <Reply fontSize="small" color="success" />}
        <Typography variant="subtitle2" noWrap sx={{ flex: 1, minWidth: 0 }}>
          {who}
        </Typography>
        {meta.automated !== 'none' && <Chip size="small" label={t(automatedLabel[meta.automated])} />}
        {meta.mailbox === 'inbox' && <CategoryChip message={meta} />}
        <LanguageBadge language={meta.language} />
        <Typography variant="caption" color="text.secondary" component="time" dateTime={meta.date}>
          {formatAbsoluteTime(meta.date, i18n.language)}
        </Typography>
      </Stack>
      {!open && (
        <Typography variant="body2" color="text.secondary" noWrap>
          {meta.snippet}
        </Typography>
      )}
    </Box>
  );
}

function CardContent({ meta }: { meta: MessageMeta }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { body, redecode } = useMessageBody(meta.id);
  const [rawOpen, setRawOpen] = useState(false);
  const [redecodeError, setRedecodeError] = useState<ApiError | null>(null);
  const charset = body.state === 'ready' ? (body.body.charset ?? meta.charset) : meta.charset;
  return (
    <Stack spacing={1.5} sx={{ px: 2, pb: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }} noWrap>
          {meta.from?.address}
          {charset !== null && ` · ${t('body.decodedAs', { charset })}`}
        </Typography>
        <MessageActions
          currentCharset={charset}
          onRaw={() => setRawOpen(true)}
          onRedecode={(c) => void redecode(c).then(setRedecodeError)}
        />
      </Stack>
      {meta.downloaded !== 'whole' && (
        <Alert severity="info">
          {t(meta.downloaded === 'headers' ? 'thread.headersOnly' : 'thread.notDownloaded', {
            limit: formatSize(MAX_MESSAGE_BYTES, i18n.language),
          })}
        </Alert>
      )}
      {meta.parseError !== null && (
        <Alert severity="warning">{t('thread.parseError', { reason: meta.parseError })}</Alert>
      )}
      {redecodeError !== null && (
        <Alert severity="error" onClose={() => setRedecodeError(null)}>
          {t('body.redecodeFailed', { reason: errorText(redecodeError) })}
        </Alert>
      )}
      <MessageBody body={body} />
      <AttachmentList messageId={meta.id} attachments={meta.attachments} />
      {rawOpen && <RawSourceDialog id={meta.id} onClose={() => setRawOpen(false)} />}
    </Stack>
  );
}
