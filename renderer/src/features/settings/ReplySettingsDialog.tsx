import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  InputAdornment,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { AutoAckSection } from './AutoAckSection.js';
import { DailyLimitSection } from './DailyLimitSection.js';
import { tidyDomainText } from './domain-list.js';
import { ListTextField } from './ListTextField.js';
import { MARKETPLACE_ATTACHMENT_MB, parseMegabytes, setRuleEnabled } from './reply-settings-form.js';
import { RuleSwitchList } from './RuleSwitchList.js';
import { SettingsSection } from './SettingsSection.js';
import { useReplySettings, type ReplySettingsHandle } from './use-reply-settings.js';
import { tidyWordText } from './word-list.js';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** The compliance gate's switches and lists, the daily limit and the automatic acknowledgement. */
export function ReplySettingsDialog({ open, onClose }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      scroll="paper"
      aria-labelledby="reply-settings-title"
    >
      {open && <ReplySettingsContent onClose={onClose} />}
    </Dialog>
  );
}

function ReplySettingsContent({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const handle = useReplySettings();
  return (
    <>
      <DialogTitle id="reply-settings-title">{t('replySettings.title')}</DialogTitle>
      <DialogContent dividers sx={{ minHeight: 420 }} data-testid="reply-settings-dialog">
        <ReplySettingsForm handle={handle} />
      </DialogContent>
      <DialogActions sx={{ px: 3, gap: 1 }}>
        <SaveStatus handle={handle} />
        <Button onClick={onClose}>{t('replySettings.close')}</Button>
        <Button
          variant="contained"
          disabled={
            handle.check === null ||
            handle.check.settings === null ||
            !handle.dirty ||
            handle.saveState.status === 'saving'
          }
          onClick={handle.save}
          data-testid="reply-settings-save"
        >
          {handle.saveState.status === 'saving' ? t('replySettings.saving') : t('replySettings.save')}
        </Button>
      </DialogActions>
    </>
  );
}

function SaveStatus({ handle }: { handle: ReplySettingsHandle }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { saveState, check } = handle;
  const sx = { flex: 1 } as const;
  if (saveState.status === 'failed') {
    return (
      <Alert severity="error" sx={{ ...sx, py: 0 }}>
        {t('replySettings.saveFailed', { reason: errorText(saveState.error) })}
      </Alert>
    );
  }
  if (saveState.status === 'saved') {
    return (
      <Typography
        color="success.main"
        variant="body2"
        role="status"
        sx={sx}
        data-testid="reply-settings-saved"
      >
        {t('replySettings.saved')}
      </Typography>
    );
  }
  if (check !== null && check.settings === null) {
    return (
      <Typography color="error" variant="body2" sx={sx}>
        {t('replySettings.fixErrors')}
      </Typography>
    );
  }
  if (handle.dirty) {
    return (
      <Typography color="text.secondary" variant="body2" sx={sx}>
        {t('replySettings.unsaved')}
      </Typography>
    );
  }
  return <span style={sx} />;
}

function ReplySettingsForm({ handle }: { handle: ReplySettingsHandle }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { draft, check, setDraft } = handle;

  if (handle.loadError !== null) {
    return (
      <Alert severity="error">{t('replySettings.loadFailed', { reason: errorText(handle.loadError) })}</Alert>
    );
  }
  if (draft === null || check === null) return <CircularProgress size={24} sx={{ m: 3 }} />;

  const { problems } = check;
  const mb = parseMegabytes(draft.attachmentMb);
  const field =
    <K extends keyof typeof draft>(key: K) =>
    (value: (typeof draft)[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  return (
    <Stack divider={<Divider flexItem />}>
      <Typography variant="body2" color="text.secondary" sx={{ pb: 2 }}>
        {t('replySettings.intro')}
      </Typography>
      <SettingsSection
        id="reply-settings-rules"
        title={t('replySettings.rules.title')}
        help={t('replySettings.rules.help')}
      >
        <RuleSwitchList
          disabledRules={draft.disabledRules}
          onToggle={(id, enabled) =>
            setDraft((d) => ({ ...d, disabledRules: setRuleEnabled(d.disabledRules, id, enabled) }))
          }
        />
      </SettingsSection>
      <SettingsSection id="reply-settings-links" title={t('replySettings.links.title')}>
        <Stack sx={{ gap: 2.5, pt: 1 }}>
          <ListTextField
            label={t('replySettings.links.allowed')}
            help={t('replySettings.links.allowedHelp')}
            value={draft.allowedDomains}
            onChange={field('allowedDomains')}
            tidy={tidyDomainText}
            problem={problems.allowedDomains}
            testId="allowed-domains"
          />
          <ListTextField
            label={t('replySettings.links.own')}
            help={t('replySettings.links.ownHelp')}
            value={draft.ownDomains}
            onChange={field('ownDomains')}
            tidy={tidyDomainText}
            problem={problems.ownDomains}
            testId="own-domains"
          />
        </Stack>
      </SettingsSection>
      <SettingsSection id="reply-settings-words" title={t('replySettings.words.title')}>
        <Stack sx={{ pt: 1 }}>
          <ListTextField
            label={t('replySettings.words.label')}
            help={t('replySettings.words.help')}
            value={draft.bannedWords}
            onChange={field('bannedWords')}
            tidy={tidyWordText}
            problem={problems.bannedWords}
            testId="banned-words"
          />
        </Stack>
      </SettingsSection>
      <SettingsSection
        id="reply-settings-attachments"
        title={t('replySettings.attachments.title')}
        help={t('replySettings.attachments.help')}
      >
        <TextField
          label={t('replySettings.attachments.label')}
          value={draft.attachmentMb}
          onChange={(e) => field('attachmentMb')(e.target.value)}
          error={problems.attachmentMb}
          helperText={
            problems.attachmentMb
              ? t('replySettings.attachments.invalid')
              : mb !== null && mb > MARKETPLACE_ATTACHMENT_MB
                ? t('replySettings.attachments.aboveMarketplace')
                : ' '
          }
          sx={{ maxWidth: 360, mt: 1 }}
          slotProps={{
            htmlInput: { inputMode: 'decimal', 'data-testid': 'attachment-limit-mb' },
            input: {
              endAdornment: (
                <InputAdornment position="end">{t('replySettings.attachments.unit')}</InputAdornment>
              ),
            },
          }}
        />
      </SettingsSection>
      <SettingsSection id="reply-settings-limit" title={t('replySettings.limit.title')}>
        <Stack sx={{ pt: 1 }}>
          <DailyLimitSection
            value={draft.averageDailyOrders}
            onChange={field('averageDailyOrders')}
            invalid={problems.averageDailyOrders}
            usage={handle.usage}
          />
        </Stack>
      </SettingsSection>
      <SettingsSection
        id="reply-settings-auto-ack"
        title={t('replySettings.autoAck.title')}
        help={t('replySettings.autoAck.help')}
      >
        <AutoAckSection
          enabled={draft.autoAckEnabled}
          onEnabled={field('autoAckEnabled')}
          bodies={draft.ackBodies}
          onBody={(lang, text) => setDraft((d) => ({ ...d, ackBodies: { ...d.ackBodies, [lang]: text } }))}
          problems={problems.ackBodies}
        />
      </SettingsSection>
    </Stack>
  );
}
