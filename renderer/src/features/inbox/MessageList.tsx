import { useCallback, useEffect, useImperativeHandle, useRef, useState, type RefObject } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import type { ViewName } from '../../api/desk-types.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { useNow } from '../../lib/use-now.js';
import { targetOfRow } from '../thread/triage-target.js';
import { useStaff } from '../thread/use-staff.js';
import type { ListControls } from './list-controls.js';
import { INITIAL_ROWS, MessageRow, QUEUE_ROW_HEIGHT, ROW_HEIGHT } from './MessageRow.js';
import { useMessagePages } from './use-message-pages.js';

interface Props {
  view: ViewName;
  openId: string | null;
  onOpen: (id: string) => void;
  /** The list became empty while advancing past handled items: nothing is left to open. */
  onEmpty: () => void;
  controls: RefObject<ListControls | null>;
}

interface Leaving {
  ids: ReadonlySet<string>;
  /** A conversation was open: open the next one in its place. */
  reopen: boolean;
}

/** Countdowns must not lag by more than half a minute; the rows re-render from `now` only. */
const TICK_MS = 30_000;

export function MessageList({ view, openId, onOpen, onEmpty, controls }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const now = useNow(TICK_MS);
  const pages = useMessagePages(view);
  const staff = useStaff();
  const virtuoso = useRef<VirtuosoHandle>(null);
  /** By id as well as index: a row that moves when the list re-ranks keeps its selection. */
  const [chosen, setChosen] = useState<{ index: number; id: string | null }>({ index: 0, id: null });
  /** Messages that just left the list; once the refreshed page no longer shows them, open the next. */
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  const total = pages.total ?? 0;
  // A row that left the list (返信不要, spam) leaves the selection at its place, clamped to the end.
  const selected =
    (chosen.id === null ? undefined : pages.indexOf(chosen.id)) ??
    Math.min(chosen.index, Math.max(total - 1, 0));
  const height = view === 'needs-reply' ? QUEUE_ROW_HEIGHT : ROW_HEIGHT;
  const { itemAt } = pages;
  const activate = useCallback(
    (index: number) => {
      const m = itemAt(index);
      setChosen({ index, id: m?.id ?? null });
      if (m !== undefined) onOpen(m.id);
    },
    [itemAt, onOpen],
  );

  const handled = useRef<Leaving | null>(null);
  useEffect(() => {
    if (leaving === null || handled.current === leaving) return;
    if (pages.total === 0) {
      handled.current = leaving;
      onEmpty();
      return;
    }
    const next = itemAt(selected);
    if (next === undefined || leaving.ids.has(next.id)) return;
    handled.current = leaving;
    if (leaving.reopen) onOpen(next.id);
  }, [itemAt, leaving, onEmpty, onOpen, pages.total, selected]);

  const select = (index: number) => {
    const next = Math.min(Math.max(index, 0), Math.max(total - 1, 0));
    setChosen({ index: next, id: pages.itemAt(next)?.id ?? null });
    virtuoso.current?.scrollIntoView({ index: next });
    return next;
  };

  useImperativeHandle(controls, () => ({
    move: (delta) => void select(selected + delta),
    openSelected: () => {
      const m = pages.itemAt(selected);
      if (m !== undefined) onOpen(m.id);
    },
    selectedTarget: () => {
      const m = pages.itemAt(selected);
      return m === undefined ? null : targetOfRow(m);
    },
    advanceAfter: (ids) => {
      // Only this list drops handled items; other views keep them (marked) in place.
      if (view !== 'needs-reply') return;
      // Keep the place, forget the id: the row at this index after the refresh is the next one.
      const open = openId === null ? undefined : pages.indexOf(openId);
      setChosen({ index: open ?? selected, id: null });
      setLeaving({ ids: new Set(ids), reopen: openId !== null });
    },
  }));

  if (pages.error !== null && pages.total === null) {
    return <Alert severity="error">{errorText(pages.error)}</Alert>;
  }
  if (pages.total === 0) {
    return (
      <Box sx={{ p: 4, textAlign: 'center' }}>
        <Typography color="text.secondary">
          {view === 'needs-reply' ? t('list.emptyNeedsReply') : t('list.empty')}
        </Typography>
      </Box>
    );
  }
  return (
    <Box role="listbox" aria-label={t('list.listLabel')} sx={{ height: '100%' }} data-testid="message-list">
      <Virtuoso
        ref={virtuoso}
        style={{ height: '100%' }}
        totalCount={total}
        fixedItemHeight={height}
        initialItemCount={Math.min(total, INITIAL_ROWS)}
        increaseViewportBy={height * 10}
        rangeChanged={({ startIndex, endIndex }) => pages.ensureRange(startIndex, endIndex)}
        itemContent={(index) => {
          const m = pages.itemAt(index);
          return (
            <MessageRow
              index={index}
              message={m}
              now={now}
              height={height}
              staffName={staff.nameOf}
              selected={index === selected || (m !== undefined && m.id === openId)}
              onActivate={activate}
            />
          );
        }}
      />
    </Box>
  );
}
