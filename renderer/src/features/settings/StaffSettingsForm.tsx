import {
  Alert,
  Box,
  Button,
  CircularProgress,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text.js';
import { idProblems, MAX_NAME, MAX_STAFF, type StaffDraftRow } from './staff-form.js';
import type { StaffSettingsHandle } from './use-staff-settings.js';

export function StaffSettingsForm({ handle }: { handle: StaffSettingsHandle }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { draft, setDraft, saveState } = handle;

  if (handle.loadError !== null) {
    return (
      <Alert severity="error">
        {t('metrics.settings.loadFailed', { reason: errorText(handle.loadError) })}
      </Alert>
    );
  }
  if (draft === null) return <CircularProgress size={24} sx={{ m: 3 }} />;

  const problems = idProblems(draft.rows);
  const invalid = problems.some((p) => p !== null);
  const selectable = draft.rows.filter((_, i) => problems[i] === null && draft.rows[i]?.id !== '');
  const updateRow = (key: number, patch: Partial<StaffDraftRow>) =>
    setDraft((d) => ({ ...d, rows: d.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  const idError = (i: number): string | null => {
    const p = problems[i];
    if (p === 'invalid') return t('metrics.settings.idInvalid');
    if (p === 'duplicate') return t('metrics.settings.idDuplicate');
    return null;
  };

  return (
    <Stack sx={{ gap: 3 }} data-testid="staff-settings">
      <TextField
        select
        label={t('metrics.settings.me')}
        helperText={t('metrics.settings.meHelp')}
        value={draft.me !== null && selectable.some((r) => r.id === draft.me) ? draft.me : ''}
        onChange={(e) => setDraft((d) => ({ ...d, me: e.target.value === '' ? null : e.target.value }))}
        sx={{ maxWidth: 360 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">
          <em>{t('metrics.settings.meNone')}</em>
        </MenuItem>
        {selectable.map((r) => (
          <MenuItem key={r.key} value={r.id}>
            {r.name.trim() === '' ? r.id : `${r.name.trim()} (${r.id})`}
          </MenuItem>
        ))}
      </TextField>

      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('metrics.settings.staffList')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('metrics.settings.staffHelp')}
        </Typography>
        {draft.rows.length === 0 && (
          <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="staff-empty">
            {t('metrics.settings.noStaff')}
          </Typography>
        )}
        <Stack sx={{ gap: 2 }}>
          {draft.rows.map((row, i) => (
            <Stack key={row.key} data-testid="staff-row" sx={{ gap: 0.5 }}>
              <Stack direction="row" sx={{ gap: 1.5, alignItems: 'flex-start' }}>
                <TextField
                  size="small"
                  label={t('metrics.settings.id')}
                  placeholder={t('metrics.settings.idPlaceholder')}
                  value={row.id}
                  disabled={row.saved}
                  error={problems[i] !== null}
                  onChange={(e) => updateRow(row.key, { id: e.target.value })}
                  sx={{ width: 240, flex: 'none' }}
                  slotProps={{
                    htmlInput: {
                      'data-testid': 'staff-id',
                      spellCheck: false,
                      autoCapitalize: 'off',
                      'aria-describedby': `staff-id-error-${row.key}`,
                    },
                  }}
                />
                <TextField
                  size="small"
                  label={t('metrics.settings.name')}
                  placeholder={t('metrics.settings.namePlaceholder')}
                  value={row.name}
                  onChange={(e) => updateRow(row.key, { name: e.target.value })}
                  sx={{ flex: 1 }}
                  slotProps={{ htmlInput: { maxLength: MAX_NAME, 'data-testid': 'staff-name' } }}
                />
                <Tooltip title={t('metrics.settings.remove', { name: row.name || row.id })}>
                  <IconButton
                    aria-label={t('metrics.settings.remove', { name: row.name || row.id })}
                    onClick={() => setDraft((d) => ({ ...d, rows: d.rows.filter((r) => r.key !== row.key) }))}
                  >
                    <DeleteOutline />
                  </IconButton>
                </Tooltip>
              </Stack>
              {idError(i) !== null && (
                <Typography id={`staff-id-error-${row.key}`} variant="body2" color="error" role="alert">
                  {idError(i)}
                </Typography>
              )}
            </Stack>
          ))}
        </Stack>
        <Button
          startIcon={<Add />}
          disabled={draft.rows.length >= MAX_STAFF}
          data-testid="staff-add"
          onClick={() =>
            setDraft((d) => ({
              ...d,
              rows: [
                ...d.rows,
                { key: Math.max(-1, ...d.rows.map((r) => r.key)) + 1, id: '', name: '', saved: false },
              ],
            }))
          }
        >
          {t('metrics.settings.add')}
        </Button>
      </Box>

      <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
        <Button
          variant="contained"
          data-testid="staff-save"
          disabled={!handle.dirty || invalid || saveState.status === 'saving'}
          onClick={handle.save}
        >
          {t('metrics.settings.save')}
        </Button>
        {invalid && (
          <Typography color="error" variant="body2">
            {t('metrics.settings.fixErrors')}
          </Typography>
        )}
        {!invalid && handle.dirty && saveState.status === 'idle' && (
          <Typography color="text.secondary" variant="body2">
            {t('metrics.settings.unsaved')}
          </Typography>
        )}
        {saveState.status === 'saved' && (
          <Typography color="success.main" variant="body2" role="status" data-testid="staff-saved">
            {t('metrics.settings.saved')}
          </Typography>
        )}
        {saveState.status === 'failed' && (
          <Alert severity="error" sx={{ py: 0 }}>
            {t('metrics.settings.saveFailed', { reason: errorText(saveState.error) })}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
