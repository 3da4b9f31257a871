import { useState } from 'react';
import { Box, Button, Collapse, TextField } from '@mui/material';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';

interface Props {
  prefix: 'imap' | 'smtp';
  value: string | null;
  onChange: (next: string | null) => void;
}

/**
 * The extra CA certificate for a server with a private certificate. Almost no seller needs it, so
 * it hides behind a disclosure, except when a path is already set (hiding a saved setting would
 * leave nobody able to see why the certificate check behaves differently).
 */
export function CaFileField({ prefix, value, onChange }: Props) {
  const { t } = useTranslation();
  // null = not toggled yet: follow whether a path is set.
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = toggled ?? value !== null;
  return (
    <Box>
      <Button
        size="small"
        onClick={() => setToggled(!open)}
        endIcon={open ? <ExpandLess /> : <ExpandMore />}
        aria-expanded={open}
        aria-controls={`${prefix}-certificate-panel`}
        data-testid={`${prefix}-certificate`}
      >
        {t('account.certificate')}
      </Button>
      <Collapse in={open} id={`${prefix}-certificate-panel`}>
        <TextField
          label={t('account.caFile')}
          value={value ?? ''}
          // The core reads this path; an empty box must mean "no extra CA", never an empty path.
          onChange={(e) => onChange(e.target.value.trim() === '' ? null : e.target.value)}
          helperText={t('account.caFileHint')}
          size="small"
          fullWidth
          sx={{ mt: 1 }}
          slotProps={{ htmlInput: { 'data-testid': `${prefix}-ca-file`, spellCheck: false } }}
        />
      </Collapse>
    </Box>
  );
}
