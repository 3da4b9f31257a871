import { useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AttachFile from '@mui/icons-material/AttachFile';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  type Finding,
} from '../../../../shared/domain/compliance/types.js';
import { call } from '../../api/desk-client.js';
import { formatSize } from '../../lib/format-size.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { attachmentFindings, type DraftAttachmentView } from './composer-draft.js';
import { readFileAsBase64 } from './read-file.js';
import { useRuleText } from './use-rule-text.js';

interface Props {
  threadId: string;
  attachments: readonly DraftAttachmentView[];
  findings: readonly Finding[];
  maxBytes: number;
  onAdded: (attachment: DraftAttachmentView) => void;
  onRemoved: (id: string) => void;
  onPurpose: (id: string, purpose: AttachmentPurpose) => void;
}

/** Files go to the core at once (it checks the type by content); the seller states each file's purpose. */
export function AttachmentsField(props: Props) {
  const { threadId, attachments, findings, maxBytes, onAdded, onRemoved, onPurpose } = props;
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const ruleText = useRuleText();
  const input = useRef<HTMLInputElement>(null);
  const [purpose, setPurpose] = useState<AttachmentPurpose>('invoice');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async (file: File) => {
    setError(null);
    // Checked here too so a 30 MB file is not pushed through the bridge only to be refused.
    if (file.size > maxBytes) {
      setError(t('composer.attachments.tooLarge', { max: formatSize(maxBytes, i18n.language) }));
      return;
    }
    setBusy(true);
    try {
      const dataBase64 = await readFileAsBase64(file);
      const result = await call('drafts:attach', { threadId, filename: file.name, purpose, dataBase64 });
      if (result.ok) onAdded(result.value);
      else setError(t('composer.attachments.failed', { reason: errorText(result.error) }));
    } catch {
      setError(t('composer.attachments.unreadable'));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    const result = await call('drafts:detach', { threadId, attachmentId: id });
    if (result.ok) onRemoved(id);
    else setError(t('composer.attachments.failed', { reason: errorText(result.error) }));
  };

  const purposeLabel = (p: AttachmentPurpose) => t(`composer.attachments.purposes.${p}`);
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('composer.attachments.purpose')}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value as AttachmentPurpose)}
          sx={{ minWidth: 180 }}
          slotProps={{ htmlInput: { 'data-testid': 'attachment-purpose' } }}
        >
          {ATTACHMENT_PURPOSES.map((p) => (
            <MenuItem key={p} value={p}>
              {purposeLabel(p)}
            </MenuItem>
          ))}
        </TextField>
        <Button
          size="small"
          startIcon={<AttachFile />}
          disabled={busy}
          onClick={() => input.current?.click()}
          data-testid="attachment-add"
        >
          {busy ? t('composer.attachments.adding') : t('composer.attachments.add')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          data-testid="attachment-input"
          accept=".pdf,.doc,.docx,.txt,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/*,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file !== undefined) void add(file);
          }}
        />
        <Typography variant="caption" color="text.secondary">
          {t('composer.attachments.hint', { max: formatSize(maxBytes, i18n.language) })}
        </Typography>
      </Stack>
      {purpose === 'other' && (
        <Typography variant="body2" color="warning.main" sx={{ mt: 0.5 }}>
          {t('composer.attachments.otherWarn')}
        </Typography>
      )}
      {error !== null && (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setError(null)} data-testid="attachment-error">
          {error}
        </Alert>
      )}
      <Stack spacing={0.5} sx={{ mt: attachments.length > 0 ? 1 : 0 }}>
        {attachments.map((a, i) => {
          const own = attachmentFindings(findings, i, a.filename);
          return (
            <Box
              key={a.id}
              data-testid="attachment-row"
              sx={{
                border: 1,
                borderColor: own.some((f) => f.severity === 'block') ? 'error.main' : 'divider',
                borderRadius: 1,
                px: 1,
                py: 0.5,
              }}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }}>
                  {a.filename}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {a.contentType} · {formatSize(a.size, i18n.language)}
                  </Typography>
                </Typography>
                <TextField
                  select
                  size="small"
                  variant="standard"
                  value={a.purpose}
                  onChange={(e) => onPurpose(a.id, e.target.value as AttachmentPurpose)}
                  aria-label={t('composer.attachments.purpose')}
                >
                  {ATTACHMENT_PURPOSES.map((p) => (
                    <MenuItem key={p} value={p}>
                      {purposeLabel(p)}
                    </MenuItem>
                  ))}
                </TextField>
                <Tooltip title={t('composer.attachments.remove')}>
                  <IconButton
                    size="small"
                    aria-label={t('composer.attachments.remove')}
                    onClick={() => void remove(a.id)}
                  >
                    <Close fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
              {a.purpose === 'other' && own.length === 0 && (
                <Typography variant="caption" color="warning.main">
                  {t('composer.attachments.otherWarn')}
                </Typography>
              )}
              {own.map((f) => (
                <Typography
                  key={f.rule}
                  variant="caption"
                  data-testid={`attachment-finding-${f.rule}`}
                  color={f.severity === 'block' ? 'error' : 'warning.main'}
                  sx={{ display: 'block' }}
                >
                  {ruleText.rule(f.rule).name}
                  {ruleText.rule(f.rule).why === '' ? '' : `: ${ruleText.rule(f.rule).why}`}
                </Typography>
              ))}
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
