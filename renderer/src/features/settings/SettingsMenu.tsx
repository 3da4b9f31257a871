import { useState } from 'react';
import {
  Divider,
  IconButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Menu,
  MenuItem,
  Tooltip,
} from '@mui/material';
import Check from '@mui/icons-material/Check';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../../i18n/index.js';
import { UI_LANGUAGES, UI_LANGUAGE_NAMES } from '../../i18n/ui-language.js';

interface Props {
  onAccount: () => void;
  onShortcuts: () => void;
}

export function SettingsMenu({ onAccount, onShortcuts }: Props) {
  const { t, i18n } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Tooltip title={t('settings.title')}>
        <IconButton
          color="inherit"
          aria-label={t('settings.title')}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <SettingsOutlined />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <ListSubheader>{t('settings.language')}</ListSubheader>
        {UI_LANGUAGES.map((lng) => (
          <MenuItem
            key={lng}
            lang={lng}
            data-ui-language={lng}
            onClick={() => {
              close();
              void changeUiLanguage(lng);
            }}
          >
            <ListItemIcon>{i18n.language === lng && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText>{UI_LANGUAGE_NAMES[lng]}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            onAccount();
          }}
        >
          <ListItemText inset>{t('settings.account')}</ListItemText>
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            onShortcuts();
          }}
        >
          <ListItemText inset>{t('settings.shortcuts')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
