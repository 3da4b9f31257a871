import { useImperativeHandle, useRef, useState, type RefObject } from 'react';
import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useFormatNumber } from '../../lib/use-format-number.js';
import { useTranslation } from 'react-i18next';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import { HighlightedText } from '../../components/HighlightedText.js';
import { LanguageBadge } from '../../components/LanguageBadge.js';
import { RelativeTime } from '../../components/RelativeTime.js';
import { numberFormat } from '../../lib/intl-cache.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { useNow } from '../../lib/use-now.js';
import type { ListControls } from '../inbox/list-controls.js';
import { INITIAL_ROWS, isUnread, ROW_HEIGHT, senderLabel } from '../inbox/MessageRow.js';
import '../inbox/message-row.css';
import type { SearchState } from './use-search.js';

interface Props {
  search: SearchState;
  openId: string | null;
  onOpen: (id: string) => void;
  controls: RefObject<ListControls | null>;
}

export function SearchResults({ search, openId, onOpen, controls }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatNumber();
  const errorText = useErrorText();
  const now = useNow();
  const virtuoso = useRef<VirtuosoHandle>(null);
  const [selected, setSelected] = useState(0);
  const items = search.state === 'ready' ? search.result.items : [];

  useImperativeHandle(controls, () => ({
    move: (delta) => {
      const next = Math.min(Math.max(selected + delta, 0), Math.max(items.length - 1, 0));
      setSelected(next);
      virtuoso.current?.scrollIntoView({ index: next });
    },
    openSelected: () => {
      const hit = items[selected];
      if (hit !== undefined) onOpen(hit.id);
    },
  }));

  if (search.state === 'unavailable') return <Alert severity="info">{t('search.unavailable')}</Alert>;
  if (search.state === 'failed') return <Alert severity="error">{errorText(search.error)}</Alert>;
  if (search.state !== 'ready') return <LinearProgress />;
  if (items.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ p: 3 }}>
        {t('search.noResults', { q: search.q })}
      </Typography>
    );
  }
  return (
    <Stack sx={{ height: '100%' }} data-testid="search-results">
      <Typography variant="caption" color="text.secondary" sx={{ px: 2, py: 0.5 }}>
        {t('search.results', { n: fmt(search.result.total) })} ·{' '}
        {numberFormat(i18n.language, { maximumFractionDigits: 0 }).format(search.result.tookMs)} ms
      </Typography>
      <Virtuoso
        ref={virtuoso}
        style={{ flex: 1 }}
        totalCount={items.length}
        fixedItemHeight={ROW_HEIGHT}
        initialItemCount={Math.min(items.length, INITIAL_ROWS)}
        itemContent={(index) => {
          const hit = items[index];
          if (hit === undefined) return null;
          const m = hit.summary;
          const isSelected = index === selected || hit.id === openId;
          return (
            <div
              role="option"
              className="hd-row"
              aria-selected={isSelected}
              data-unread={isUnread(m)}
              data-message-id={hit.id}
              onClick={() => {
                setSelected(index);
                onOpen(hit.id);
              }}
              style={{ height: ROW_HEIGHT }}
            >
              <div className="hd-row__head">
                <span className="hd-row__sender">{senderLabel(m) || t('list.unknownSender')}</span>
                <LanguageBadge language={m.language} />
                <RelativeTime iso={m.date} now={now} />
              </div>
              <div className="hd-row__subject">
                <HighlightedText text={m.subject} ranges={hit.subjectHighlights} />
              </div>
              <div className="hd-row__snippet">
                <HighlightedText text={m.snippet} ranges={hit.snippetHighlights} />
              </div>
            </div>
          );
        }}
      />
    </Stack>
  );
}
