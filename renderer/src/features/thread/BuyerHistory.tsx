import { List, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useFormatNumber } from '../../lib/use-format-number.js';
import { useTranslation } from 'react-i18next';
import type { BuyerThread } from '../../api/desk-types.js';
import { OrderChips } from '../../components/OrderChips.js';
import { formatAbsoluteTime } from '../../lib/relative-time.js';

interface Props {
  history: readonly BuyerThread[];
  /** Opens the buyer's other conversation in the reading pane. */
  onOpen: (messageId: string) => void;
}

export function BuyerHistory({ history, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatNumber();
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="buyer-history">
      <Typography variant="subtitle2" gutterBottom>
        {t('thread.buyerHistory')}
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('thread.historyEmpty')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {history.map((h) => (
            <ListItemButton
              key={h.threadId}
              onClick={() => onOpen(h.lastMessageId)}
              data-testid={`buyer-history-${h.threadId}`}
              sx={{ borderRadius: 1 }}
            >
              <ListItemText
                primary={h.subject || t('list.noSubject')}
                secondary={
                  <Stack component="span" spacing={0.5}>
                    <span>
                      {formatAbsoluteTime(h.lastDate, i18n.language)} ·{' '}
                      {t('thread.historyCount', { n: fmt(h.count) })}
                    </span>
                    <OrderChips orderIds={h.orderIds} />
                  </Stack>
                }
                slotProps={{ primary: { noWrap: true }, secondary: { component: 'span' } }}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
