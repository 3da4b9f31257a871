import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Divider,
  FormControlLabel,
  IconButton,
  Paper,
  Stack,
  Switch,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import Close from '@mui/icons-material/Close';
import Send from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import type { ComplianceSettings } from '../../../../shared/domain/compliance/types.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { isTemplatePickerShortcut } from '../template-picker/shortcut.js';
import { TemplateInsertButton } from '../template-picker/TemplateInsertButton.js';
import { TemplatePicker } from '../template-picker/TemplatePicker.js';
import { HtmlBody } from '../thread/HtmlBody.js';
import { AttachmentsField } from './AttachmentsField.js';
import {
  importantTag,
  sendBlock,
  type DailyUsage,
  type ReplyDefaults,
  type SavedDraft,
} from './composer-draft.js';
import { FindingsList } from './FindingsList.js';
import { HighlightedTextarea } from './HighlightedTextarea.js';
import { HtmlToolbar } from './HtmlToolbar.js';
import { QuotedOriginal } from './QuotedOriginal.js';
import { SaveStatusText } from './SaveStatusText.js';
import { UsageNote } from './UsageNote.js';
import { useComposerEditor } from './use-composer-editor.js';

interface Props {
  threadId: string;
  defaults: ReplyDefaults;
  draft: SavedDraft | null;
  settings: ComplianceSettings;
  usage: DailyUsage | null;
  onClose: () => void;
  onQueued: (outboxId: string) => void;
}

/** The reply form under the conversation: fields left to right as the buyer will read them. */
export function ComposerEditor(props: Props) {
  const { threadId, defaults, settings, onClose } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ed = useComposerEditor({ ...props });
  const [preview, setPreview] = useState(false);
  const [picking, setPicking] = useState(false);
  const { state, sending } = ed;
  const usage = sending.problem?.kind === 'limit' ? sending.problem.usage : props.usage;
  const block = sendBlock(state, ed.findings, usage, sending.busy);
  // Closing waits for the last save, so the "Continue the draft" button reads it back.
  const close = () => void ed.autosave.flush().then(onClose);

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2 }}
      data-testid="composer"
      // The template shortcut works anywhere in the composer, and only there.
      onKeyDown={(e) => {
        if (!isTemplatePickerShortcut({ ...e, isComposing: e.nativeEvent.isComposing })) return;
        e.preventDefault();
        setPicking(true);
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('composer.title')}
        </Typography>
        <SaveStatusText status={ed.autosave.status} />
        <Box sx={{ flex: 1 }} />
        <Tooltip title={t('composer.close')}>
          <IconButton
            size="small"
            aria-label={t('composer.close')}
            onClick={close}
            data-testid="composer-close"
          >
            <Close fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
      <Stack spacing={1.5}>
        <TextField
          size="small"
          label={t('composer.to')}
          value={defaults.to}
          slotProps={{ input: { readOnly: true }, htmlInput: { 'data-testid': 'composer-to' } }}
          helperText={t('composer.toHelp')}
        />
        <TextField
          size="small"
          label={t('composer.subject')}
          value={state.subject}
          inputRef={ed.subjectRef}
          onChange={(e) => ed.update({ subject: e.target.value })}
          onBlur={() => void ed.autosave.flush()}
          error={ed.subjectFindings.some((f) => f.severity === 'block')}
          slotProps={{
            input: {
              startAdornment: state.important ? (
                <Chip size="small" color="warning" label={importantTag(defaults)} sx={{ mr: 1 }} />
              ) : undefined,
            },
            htmlInput: { 'data-testid': 'composer-subject' },
          }}
        />
        <Box>
          <FormControlLabel
            control={
              <Switch
                checked={state.important}
                onChange={(e) => ed.update({ important: e.target.checked })}
                slotProps={{ input: { 'data-testid': 'important-switch' } as object }}
              />
            }
            label={t('composer.important', { tag: importantTag(defaults) })}
          />
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', ml: 6, mt: -0.5 }}>
            {t('composer.importantHelp')}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <FormControlLabel
            control={
              <Switch
                size="small"
                checked={state.html !== null}
                onChange={(e) => {
                  setPreview(false);
                  ed.setHtmlMode(e.target.checked);
                }}
                slotProps={{ input: { 'data-testid': 'html-switch' } as object }}
              />
            }
            label={t('composer.htmlMode')}
          />
          <Box sx={{ flex: 1 }} />
          <TemplateInsertButton onOpen={() => setPicking(true)} />
        </Stack>
        <TemplatePicker
          open={picking}
          messageId={defaults.inReplyTo}
          buyerLanguage={defaults.buyerLanguage}
          onClose={() => setPicking(false)}
          onClosed={() => ed.editorRef.current?.focus()}
          // Only the body: the reply keeps the thread's "Re:" subject, which keeps it in the
          // buyer's thread; a template's own subject is for messages the seller starts.
          onInsert={(body) => {
            setPicking(false);
            ed.insertText(body);
          }}
        />
        {state.html !== null && <HtmlToolbar onFormat={ed.format} preview={preview} onPreview={setPreview} />}
        {state.html !== null && preview ? (
          <HtmlBody html={state.html} />
        ) : (
          <HighlightedTextarea
            value={state.html ?? state.body}
            onChange={ed.setEditorText}
            onBlur={() => void ed.autosave.flush()}
            marks={ed.editorMarks}
            inputRef={ed.editorRef}
            label={t('composer.body')}
            placeholder={t('composer.bodyPlaceholder')}
            testId="composer-body"
            monospace={state.html !== null}
          />
        )}
        <QuotedOriginal quote={defaults.quote} />
        <Divider />
        <AttachmentsField
          threadId={threadId}
          attachments={state.attachments}
          findings={ed.findings}
          maxBytes={settings.maxAttachmentBytes}
          onAdded={ed.addAttachment}
          onRemoved={ed.removeAttachment}
          onPurpose={ed.setPurpose}
        />
        <Divider />
        <FindingsList
          findings={ed.findings}
          fromCore={ed.fromCore}
          onSelect={ed.select}
          onConfirmLink={ed.confirmLink}
        />
        {state.confirmedLinks.length > 0 && (
          <Box data-testid="confirmed-links">
            <Typography variant="caption" color="text.secondary">
              {t('composer.confirmedLinks')}
            </Typography>
            <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', gap: 0.5 }}>
              {state.confirmedLinks.map((href) => (
                <Chip key={href} size="small" label={href} onDelete={() => ed.unconfirmLink(href)} />
              ))}
            </Stack>
          </Box>
        )}
        <UsageNote usage={usage} />
        {sending.problem?.kind === 'limit' && (
          <Alert severity="error" data-testid="composer-limit-reached">
            {t('composer.limitReached')}
          </Alert>
        )}
        {sending.problem?.kind === 'error' && (
          <Alert severity="error" data-testid="composer-send-error">
            {t('composer.sendFailed', { reason: errorText(sending.problem.error) })}
          </Alert>
        )}
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
          {block !== null && block !== 'busy' && (
            <Typography variant="body2" color="text.secondary" data-testid="composer-send-reason">
              {t(`composer.sendBlocked.${block}`)}
            </Typography>
          )}
          <Button
            variant="contained"
            startIcon={<Send />}
            disabled={block !== null}
            onClick={ed.send}
            data-testid="composer-send"
          >
            {sending.busy ? t('composer.sending') : t('composer.send')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
