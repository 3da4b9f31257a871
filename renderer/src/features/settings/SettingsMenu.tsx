import { Suspense, useState } from 'react';
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
import { MetricsDialog, ReplySettingsDialog, TemplatesDialog, TriageSettingsDialog } from './lazy-dialogs.js';

type DialogName = 'metrics' | 'triage' | 'replies' | 'templates';

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
  const [dialog, setDialogState] = useState<DialogName | null>(null);
  // A dialog is mounted from its first opening on, so closing keeps its transition.
  const [opened, setOpened] = useState<ReadonlySet<DialogName>>(new Set());
  const setDialog = (name: DialogName | null) => {
    if (name !== null && !opened.has(name)) setOpened(new Set(opened).add(name));
    setDialogState(name);
  };
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
      <Suspense fallback={null}>
        {opened.has('metrics') && (
          <MetricsDialog open={dialog === 'metrics'} onClose={() => setDialog(null)} />
        )}
        {opened.has('triage') && (
          <TriageSettingsDialog open={dialog === 'triage'} onClose={() => setDialog(null)} />
        )}
        {opened.has('replies') && (
          <ReplySettingsDialog open={dialog === 'replies'} onClose={() => setDialog(null)} />
        )}
        {opened.has('templates') && (
          <TemplatesDialog
            open={dialog === 'templates'}
            onClose={() => setDialog(null)}
            messageId={openMessageId}
          />
        )}
      </Suspense>
    </>
  );
}
