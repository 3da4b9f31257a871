import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { checkServerSettings, type ServerSettingsProblem } from '../../../../shared/domain/account.js';
import type { ServerSettings } from '../../api/desk-types.js';
import { CaFileField } from './CaFileField.js';

interface Props {
  title: string;
  prefix: 'imap' | 'smtp';
  value: ServerSettings;
  onChange: (next: ServerSettings) => void;
  showProblems: boolean;
}

const problemKeys = {
  'host-empty': 'account.problems.host-empty',
  'host-invalid': 'account.problems.host-invalid',
  'port-out-of-range': 'account.problems.port-out-of-range',
  'user-empty': 'account.problems.user-empty',
  'tls-plaintext-off-loopback': 'account.problems.tls-plaintext-off-loopback',
} as const;

function problemKey(p: ServerSettingsProblem) {
  return problemKeys[`${p.field}-${p.reason}` as keyof typeof problemKeys];
}

export function ServerFields({ title, prefix, value, onChange, showProblems }: Props) {
  const { t } = useTranslation();
  const problems = showProblems ? checkServerSettings(value) : [];
  const problemFor = (field: ServerSettingsProblem['field']): string | undefined => {
    const p = problems.find((x) => x.field === field);
    return p === undefined ? undefined : t(problemKey(p));
  };
  const set = (patch: Partial<ServerSettings>) => onChange({ ...value, ...patch });
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2">{title}</Typography>
      <Stack direction="row" spacing={1}>
        <TextField
          label={t('account.host')}
          value={value.host}
          onChange={(e) => set({ host: e.target.value })}
          error={problemFor('host') !== undefined}
          helperText={problemFor('host')}
          size="small"
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { 'data-testid': `${prefix}-host`, spellCheck: false } }}
        />
        <TextField
          label={t('account.port')}
          value={Number.isNaN(value.port) ? '' : String(value.port)}
          onChange={(e) => set({ port: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          error={problemFor('port') !== undefined}
          helperText={problemFor('port')}
          size="small"
          sx={{ width: 100 }}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': `${prefix}-port` } }}
        />
        <TextField
          select
          label={t('account.tls')}
          value={value.tls}
          onChange={(e) => set({ tls: e.target.value as ServerSettings['tls'] })}
          error={problemFor('tls') !== undefined}
          size="small"
          sx={{ width: 150 }}
          slotProps={{ htmlInput: { 'data-testid': `${prefix}-tls` } }}
        >
          <MenuItem value="implicit">{t('account.tlsImplicit')}</MenuItem>
          <MenuItem value="starttls">{t('account.tlsStarttls')}</MenuItem>
          <MenuItem value="none">{t('account.tlsNone')}</MenuItem>
        </TextField>
      </Stack>
      {problemFor('tls') !== undefined && (
        <Typography variant="caption" color="error">
          {problemFor('tls')}
        </Typography>
      )}
      <TextField
        label={t('account.user')}
        value={value.user}
        onChange={(e) => set({ user: e.target.value })}
        error={problemFor('user') !== undefined}
        helperText={problemFor('user')}
        size="small"
        autoComplete="username"
        slotProps={{ htmlInput: { 'data-testid': `${prefix}-user`, spellCheck: false } }}
      />
      <CaFileField prefix={prefix} value={value.caFile} onChange={(caFile) => set({ caFile })} />
    </Stack>
  );
}
