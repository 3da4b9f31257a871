import { useCallback, useRef, useState } from 'react';
import {
  AppBar,
  Box,
  Chip,
  IconButton,
  Stack,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
} from '@mui/material';
import HelpOutline from '@mui/icons-material/HelpOutlined';
import { useTranslation } from 'react-i18next';
import type { AppMode, ViewName } from '../../api/desk-types.js';
import { SearchBox } from '../search/SearchBox.js';
import { SearchResults } from '../search/SearchResults.js';
import { useSearch } from '../search/use-search.js';
import { SettingsMenu } from '../settings/SettingsMenu.js';
import { SyncStatusBar } from '../status/SyncStatusBar.js';
import { useSyncStatus } from '../status/use-sync-status.js';
import { ReadingPane } from '../thread/ReadingPane.js';
import type { TriageTarget } from '../thread/triage-target.js';
import { TriageSnackbar } from '../thread/TriageSnackbar.js';
import { useTriageActions } from '../thread/use-triage-actions.js';
import type { ListControls } from './list-controls.js';
import { MessageList } from './MessageList.js';
import { NavPane } from './NavPane.js';
import { ShortcutHelpDialog } from './ShortcutHelpDialog.js';
import { useCounts } from './use-counts.js';
import { useDeskShortcuts } from './use-desk-shortcuts.js';
import { useFirstPagePrefetch } from './use-first-page-prefetch.js';
import { DESK_VIEWS, LEGACY_VIEWS } from './views.js';

interface Props {
  mode: AppMode;
  onAccount: () => void;
}

/** The desk: views on the left, the list in the middle, the conversation on the right, status below. */
export function DeskShell({ mode, onAccount }: Props) {
  const { t } = useTranslation();
  const counts = useCounts();
  const status = useSyncStatus();
  const legacy = counts.state === 'unavailable';
  const views = legacy ? LEGACY_VIEWS : DESK_VIEWS;
  const [chosenView, setView] = useState<ViewName>('needs-reply');
  const view = views.includes(chosenView) ? chosenView : (views[0] ?? 'all');
  useFirstPagePrefetch(views);
  const [openId, setOpenId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [help, setHelp] = useState(false);
  const search = useSearch(query);
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useRef<ListControls>(null);
  const narrow = useMediaQuery('(max-width: 1000px)');
  const paneTarget = useRef<TriageTarget | null>(null);
  const triage = useTriageActions((ids) => list.current?.advanceAfter?.(ids));
  const closePane = useCallback(() => setOpenId(null), []);

  useDeskShortcuts(!help, (action, event) => {
    if (action === 'next') list.current?.move(1);
    else if (action === 'previous') list.current?.move(-1);
    else if (action === 'open') list.current?.openSelected();
    else if (action === 'search') searchInput.current?.focus();
    else if (action === 'help') setHelp(true);
    else if (action === 'no-reply' || action === 'report-spam') {
      const target =
        (openId === null ? null : paneTarget.current) ?? list.current?.selectedTarget?.() ?? null;
      if (target !== null)
        void triage.perform({ kind: action === 'no-reply' ? 'no-reply' : 'report', target });
    } else if (action === 'back') {
      if (event.target === searchInput.current) {
        if (query !== '') setQuery('');
        else searchInput.current?.blur();
      } else if (openId !== null) setOpenId(null);
      else if (query !== '') setQuery('');
    }
  });

  const showList = !narrow || openId === null;
  const showPane = !narrow || openId !== null;
  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppBar
        position="static"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="h1" noWrap sx={{ width: 232, flex: 'none', fontSize: 18 }}>
            {t('app.title')}
          </Typography>
          <SearchBox value={query} onChange={setQuery} inputRef={searchInput} />
          {mode === 'demo' && <Chip size="small" color="secondary" label={t('app.demoBadge')} />}
          <Box sx={{ flex: 1 }} />
          <Tooltip title={`${t('shortcuts.title')} (?)`}>
            <IconButton color="inherit" aria-label={t('shortcuts.title')} onClick={() => setHelp(true)}>
              <HelpOutline />
            </IconButton>
          </Tooltip>
          <SettingsMenu onAccount={onAccount} onShortcuts={() => setHelp(true)} openMessageId={openId} />
        </Toolbar>
      </AppBar>
      <Stack direction="row" sx={{ flex: 1, minHeight: 0 }}>
        <Box
          sx={{ width: 264, flex: 'none', borderRight: 1, borderColor: 'divider', overflow: 'auto', pt: 1 }}
        >
          <NavPane
            views={views}
            current={view}
            counts={counts.state === 'ready' ? counts.counts : null}
            onSelect={(v) => {
              setView(v);
              setQuery('');
            }}
          />
        </Box>
        {showList && (
          <Box
            sx={{
              width: narrow ? 'auto' : 420,
              flex: narrow ? 1 : 'none',
              borderRight: 1,
              borderColor: 'divider',
              minWidth: 0,
            }}
          >
            {query.trim() === '' ? (
              <MessageList
                key={view}
                view={view}
                openId={openId}
                onOpen={setOpenId}
                onEmpty={closePane}
                controls={list}
              />
            ) : (
              <SearchResults search={search} openId={openId} onOpen={setOpenId} controls={list} />
            )}
          </Box>
        )}
        {showPane && (
          <Box sx={{ flex: 1, minWidth: 0, bgcolor: 'background.default' }}>
            {openId === null ? (
              <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
                {t('thread.placeholder')}
              </Typography>
            ) : (
              <ReadingPane
                id={openId}
                onBack={closePane}
                onOpen={setOpenId}
                triage={triage}
                targetRef={paneTarget}
              />
            )}
          </Box>
        )}
      </Stack>
      <SyncStatusBar status={status} mode={mode} />
      <ShortcutHelpDialog open={help} onClose={() => setHelp(false)} />
      <TriageSnackbar feedback={triage.feedback} onClose={triage.dismiss} />
    </Box>
  );
}
