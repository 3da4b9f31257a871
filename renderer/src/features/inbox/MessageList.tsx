import { useCallback, useImperativeHandle, useRef, useState, type RefObject } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import type { ViewName } from '../../api/desk-types.js';
import { useErrorText } from '../../lib/use-error-text.js';
import { useNow } from '../../lib/use-now.js';
import type { ListControls } from './list-controls.js';
import { MessageRow, ROW_HEIGHT } from './MessageRow.js';
import { useMessagePages } from './use-message-pages.js';

interface Props {
  view: ViewName;
  openId: string | null;
  onOpen: (id: string) => void;
  controls: RefObject<ListControls | null>;
}

export function MessageList({ view, openId, onOpen, controls }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const now = useNow();
  const pages = useMessagePages(view);
  const virtuoso = useRef<VirtuosoHandle>(null);
  const [selected, setSelected] = useState(0);
  const total = pages.total ?? 0;
  const { itemAt } = pages;
  const activate = useCallback(
    (index: number) => {
      setSelected(index);
      const m = itemAt(index);
      if (m !== undefined) onOpen(m.id);
    },
    [itemAt, onOpen],
  );

  const select = (index: number) => {
    const next = Math.min(Math.max(index, 0), Math.max(total - 1, 0));
    setSelected(next);
    virtuoso.current?.scrollIntoView({ index: next });
    return next;
  };

  useImperativeHandle(controls, () => ({
    move: (delta) => void select(selected + delta),
    openSelected: () => {
      const m = pages.itemAt(selected);
      if (m !== undefined) onOpen(m.id);
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
        fixedItemHeight={ROW_HEIGHT}
        increaseViewportBy={ROW_HEIGHT * 10}
        rangeChanged={({ startIndex, endIndex }) => pages.ensureRange(startIndex, endIndex)}
        itemContent={(index) => {
          const m = pages.itemAt(index);
          return (
            <MessageRow
              index={index}
              message={m}
              now={now}
              selected={index === selected || (m !== undefined && m.id === openId)}
              onActivate={activate}
            />
          );
        }}
      />
    </Box>
  );
}
