import { Chip } from '@mui/material';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import { useTranslation } from 'react-i18next';

/** Who owns the conversation; `name` falls back to the staff id when the desk does not know them. */
export function AssigneeChip({
  name,
  onClick,
}: {
  name: string;
  onClick?: (e: React.MouseEvent<HTMLElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Chip
      data-testid="assignee-chip"
      size="small"
      variant="outlined"
      icon={<AssignmentIndOutlined />}
      label={name}
      title={t('triage.assignee.assignTo', { name })}
      onClick={onClick}
      sx={{ flex: 'none', height: 20, fontSize: 11, '& .MuiChip-icon': { fontSize: 14 } }}
    />
  );
}
