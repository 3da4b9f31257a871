import { Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import Check from '@mui/icons-material/Check';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../../shared/domain/classifier/types.js';
import type { Category, StaffMember } from '../../api/desk-types.js';

interface MenuProps {
  anchor: HTMLElement | null;
  onClose: () => void;
}

function Tick({ on }: { on: boolean }) {
  return <ListItemIcon>{on ? <Check fontSize="small" /> : null}</ListItemIcon>;
}

export function CategoryMenu({
  anchor,
  onClose,
  current,
  onPick,
}: MenuProps & { current: Category | null; onPick: (c: Category) => void }) {
  const { t } = useTranslation();
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose} data-testid="category-menu">
      {CATEGORIES.map((c) => (
        <MenuItem
          key={c}
          dense
          data-category={c}
          selected={c === current}
          onClick={() => {
            onClose();
            onPick(c);
          }}
        >
          <Tick on={c === current} />
          <ListItemText>{t(`triage.category.${c}`)}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}

export function AssignMenu({
  anchor,
  onClose,
  staff,
  current,
  onPick,
}: MenuProps & {
  staff: readonly StaffMember[];
  current: string | null;
  onPick: (s: StaffMember | null) => void;
}) {
  const { t } = useTranslation();
  const pick = (s: StaffMember | null) => {
    onClose();
    onPick(s);
  };
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose} data-testid="assign-menu">
      <MenuItem dense selected={current === null} onClick={() => pick(null)}>
        <Tick on={current === null} />
        <ListItemText>{t('triage.assignee.none')}</ListItemText>
      </MenuItem>
      <Divider />
      {staff.length === 0 && (
        <MenuItem dense disabled>
          <ListItemText inset>{t('triage.assignee.noStaff')}</ListItemText>
        </MenuItem>
      )}
      {staff.map((s) => (
        <MenuItem key={s.id} dense selected={s.id === current} onClick={() => pick(s)}>
          <Tick on={s.id === current} />
          <ListItemText>{s.name || s.id}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
