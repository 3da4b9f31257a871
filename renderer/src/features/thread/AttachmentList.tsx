import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import AttachFile from '@mui/icons-material/AttachFile';
import { useTranslation } from 'react-i18next';
import type { MessageMeta } from '../../api/desk-types.js';
import { formatSize } from '../../lib/format-size.js';

/** Names come from hostile mail: shown as text only, never used to open anything. */
export function AttachmentList({ attachments }: { attachments: MessageMeta['attachments'] }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <Stack spacing={0.5}>
      <Typography variant="caption" color="text.secondary">
        {t('body.attachments')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {attachments.map((a, i) => (
          <Tooltip key={i} title={a.contentType}>
            <Chip
              icon={<AttachFile />}
              variant="outlined"
              label={`${a.filename || '—'} · ${a.contentType.split(';')[0] ?? ''} · ${formatSize(a.size, i18n.language)}`}
              sx={{ maxWidth: 420 }}
            />
          </Tooltip>
        ))}
      </Stack>
    </Stack>
  );
}
