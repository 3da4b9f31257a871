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
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import QuickreplyOutlined from '@mui/icons-material/QuickreplyOutlined';
import GppGoodOutlined from '@mui/icons-material/GppGoodOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../../i18n/index.js';
import { UI_LANGUAGES, UI_LANGUAGE_NAMES } from '../../i18n/ui-language.js';
import { MetricsDialog } from '../metrics/MetricsDialog.js';
import { TemplatesDialog } from '../templates/TemplatesDialog.js';
import { ReplySettingsDialog } from './ReplySettingsDialog.js';
import { TriageSettingsDialog } from './TriageSettingsDialog.js';

interface Props {
  onAccount: () => void;
  onShortcuts: () => void;
  /** The message open in the reading pane, if any: the template library previews against it. */
  openMessageId: string | null;
}

export function SettingsMenu({ onAccount, onShortcuts, openMessageId }: Props) {
  const { t, i18n } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // The dialogs live here so the desk shell needs no new props to open them.
  const [dialog, setDialog] = useState<'metrics' | 'triage' | 'replies' | 'templates' | null>(null);
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
          data-testid="templates-open"
          onClick={() => {
            close();
            setDialog('templates');
          }}
        >
          <ListItemIcon>
            <QuickreplyOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('templates.menu')}</ListItemText>
        </MenuItem>
        <MenuItem
          data-testid="open-metrics"
          onClick={() => {
            close();
            setDialog('metrics');
          }}
        >
          <ListItemIcon>
            <InsightsOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('metrics.menu')}</ListItemText>
        </MenuItem>
        <MenuItem
          data-testid="open-triage-settings"
          onClick={() => {
            close();
            setDialog('triage');
          }}
        >
          <ListItemIcon>
            <TuneOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('metrics.settings.menu')}</ListItemText>
        </MenuItem>
        <MenuItem
          data-testid="reply-settings-open"
          onClick={() => {
            close();
            setDialog('replies');
          }}
        >
          <ListItemIcon>
            <GppGoodOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('replySettings.menu')}</ListItemText>
        </MenuItem>
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
      <MetricsDialog open={dialog === 'metrics'} onClose={() => setDialog(null)} />
      <TriageSettingsDialog open={dialog === 'triage'} onClose={() => setDialog(null)} />
      <ReplySettingsDialog open={dialog === 'replies'} onClose={() => setDialog(null)} />
      <TemplatesDialog
        open={dialog === 'templates'}
        onClose={() => setDialog(null)}
        messageId={openMessageId}
      />
    </>
  );
}
