import { Button, Tooltip } from '@mui/material';
import PostAdd from '@mui/icons-material/PostAdd';
import { useTranslation } from 'react-i18next';

/** The composer's way in to the template picker; the tooltip teaches the shortcut. */
export function TemplateInsertButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('templatePicker.openTooltip', { keys: t('templatePicker.keys') })}>
      <Button
        size="small"
        variant="outlined"
        startIcon={<PostAdd />}
        onClick={onOpen}
        aria-keyshortcuts="Control+. Meta+."
        data-testid="template-picker-open"
      >
        {t('templatePicker.open')}
      </Button>
    </Tooltip>
  );
}
