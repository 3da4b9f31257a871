import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CorrectionsReview } from './CorrectionsReview.js';
import { StaffSettingsForm } from './StaffSettingsForm.js';
import { useStaffSettings } from './use-staff-settings.js';

// Upper case means nothing in CJK and shouts in English (theme.ts does the same for buttons).
const noCaps = { textTransform: 'none' } as const;

type TabName = 'staff' | 'corrections';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** Staff (who works here, who can be assigned) and the classifier's corrections; Esc closes. */
export function TriageSettingsDialog({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="triage-settings-title">
      {open && <TriageSettingsContent onClose={onClose} />}
    </Dialog>
  );
}

function TriageSettingsContent({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabName>('staff');
  // Held here, not in the tab: switching to corrections and back keeps unsaved edits.
  const staff = useStaffSettings();
  return (
    <>
      <DialogTitle id="triage-settings-title">{t('metrics.settings.title')}</DialogTitle>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', px: 3 }}>
        <Tabs value={tab} onChange={(_, v: TabName) => setTab(v)}>
          <Tab value="staff" label={t('metrics.settings.tabStaff')} data-testid="tab-staff" sx={noCaps} />
          <Tab
            value="corrections"
            label={t('metrics.settings.tabCorrections')}
            data-testid="tab-corrections"
            sx={noCaps}
          />
        </Tabs>
      </Box>
      <DialogContent sx={{ minHeight: 420 }} data-testid="triage-settings">
        {tab === 'staff' ? <StaffSettingsForm handle={staff} /> : <CorrectionsReview />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('metrics.settings.close')}</Button>
      </DialogActions>
    </>
  );
}
