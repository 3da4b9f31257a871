import { Alert, Button, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import type { LibraryHandle } from './use-template-library.js';

/**
 * Save, review, duplicate, delete. Saving marks the template reviewed only when the user ticks
 * "I have checked the content": fixing a typo is not a review of the policy it describes, and the
 * review date is what flags stale templates. A new template is reviewed by being written.
 */
export function TemplateActions({ handle }: { handle: LibraryHandle }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { editing, check, saveState } = handle;
  if (editing === null) return null;
  const saved = editing.view;
  const reviewedAt = saved === null ? null : new Date(saved.template.reviewedAt);
  const problems = check?.problems ?? [];
  return (
    <Stack spacing={1.5}>
      {problems.length > 0 && handle.dirty && (
        <Alert severity="info" data-testid="template-form-problems">
          {problems.map((p) => (
            <div key={`${p.problem}|${p.language ?? ''}`}>
              {t(`templates.editor.problems.${p.problem}`, {
                language: p.language === null ? '' : t(`templates.languages.${p.language}`),
              })}
            </div>
          ))}
        </Alert>
      )}
      {reviewedAt !== null && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" color={saved?.reviewDue === true ? 'warning.main' : 'text.secondary'}>
            {t('templates.editor.reviewedAt', {
              date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(reviewedAt),
            })}
          </Typography>
          <Button
            size="small"
            startIcon={<EventAvailableOutlined />}
            onClick={handle.markReviewed}
            data-testid="template-mark-reviewed"
          >
            {t('templates.editor.markReviewed')}
          </Button>
        </Stack>
      )}
      {saved !== null && (
        <FormControlLabel
          label={t('templates.editor.reviewedTick')}
          control={
            <Checkbox
              checked={handle.reviewedTick}
              onChange={(e) => handle.setReviewedTick(e.target.checked)}
              data-testid="template-reviewed-tick"
            />
          }
        />
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="contained"
          onClick={handle.save}
          disabled={
            check?.input === null || (!handle.dirty && !handle.reviewedTick) || saveState.status === 'saving'
          }
          data-testid="template-save"
        >
          {saveState.status === 'saving' ? t('templates.editor.saving') : t('templates.editor.save')}
        </Button>
        <Button
          startIcon={<ContentCopyOutlined />}
          disabled={saved === null}
          onClick={handle.duplicate}
          data-testid="template-duplicate"
        >
          {t('templates.editor.duplicate')}
        </Button>
        <Button
          color="error"
          startIcon={<DeleteOutlined />}
          disabled={saved === null}
          onClick={handle.remove}
          data-testid="template-delete"
        >
          {t('templates.editor.delete')}
        </Button>
        {handle.dirty && (
          <Typography variant="body2" color="text.secondary">
            {t('templates.editor.unsaved')}
          </Typography>
        )}
        {saveState.status === 'saved' && !handle.dirty && (
          <Typography variant="body2" color="success.main" role="status" data-testid="template-saved">
            {t('templates.editor.saved')}
          </Typography>
        )}
      </Stack>
      {saveState.status === 'failed' && (
        <Alert severity="error">
          {t('templates.editor.saveFailed', { reason: errorText(saveState.error) })}
        </Alert>
      )}
      {handle.actionError !== null && (
        <Alert severity="error">
          {t('templates.editor.actionFailed', { reason: errorText(handle.actionError) })}
        </Alert>
      )}
    </Stack>
  );
}
