import { memo } from 'react';
import { useRowTranslation } from '../../i18n/use-row-translation.js';
import { triageMarksOf } from '../../../../shared/domain/triage/keywords.js';
import type { MessageSummary, QueueSummary } from '../../api/desk-types.js';
import { CategoryBadge } from '../../components/CategoryBadge.js';
import { HoverTooltip } from '../../components/HoverTooltip.js';
import { LanguageBadge } from '../../components/LanguageBadge.js';
import { RelativeTime } from '../../components/RelativeTime.js';
import { RowIcon } from '../../components/row-icons.js';
import { QueueLine } from './QueueLine.js';
import './message-row.css';

export const ROW_HEIGHT = 80;
/** Needs-reply rows carry a fourth line (countdown, why, assignee). */
export const QUEUE_ROW_HEIGHT = 102;
/**
 * Rows a list paints before Virtuoso has measured it (a tall window's worth): without an initial
 * count Virtuoso commits an empty list and renders rows an animation frame later.
 */
export const INITIAL_ROWS = 14;

interface Props {
  index: number;
  message: QueueSummary | undefined;
  selected: boolean;
  now: number;
  height: number;
  onActivate: (index: number) => void;
  staffName: (id: string) => string;
}

export function senderLabel(m: MessageSummary): string {
  if (m.mailbox === 'sent') {
    const to = m.to[0];
    return to === undefined ? '' : to.name || to.address;
  }
  return m.buyer?.name || m.from?.name || m.from?.address || '';
}

export function isUnread(m: MessageSummary): boolean {
  return m.mailbox === 'inbox' && !m.flags.some((f) => f.toLowerCase() === '\\seen');
}

/**
 * One fixed-height row: a fixed height lets the virtual list place 100,000 rows without measuring.
 * Memoised with stable props so moving the selection with j/k re-renders two rows, not the screen.
 * Plain elements with the static classes of message-row.css: a view switch renders ~30 of these.
 */
export const MessageRow = memo(function MessageRow({
  index,
  message,
  selected,
  now,
  height,
  onActivate,
  staffName,
}: Props) {
  const { t } = useRowTranslation();
  if (message === undefined) {
    return (
      <div className="hd-row" style={{ height }}>
        <span className="hd-row__placeholder">{t('list.loadingRow')}</span>
      </div>
    );
  }
  const unread = isUnread(message);
  const sender = senderLabel(message);
  const assignee = triageMarksOf(message.flags).assignee;
  return (
    <div
      role="option"
      className="hd-row"
      aria-selected={selected}
      data-unread={unread}
      data-message-id={message.id}
      onClick={() => onActivate(index)}
      style={{ height }}
    >
      <div className="hd-row__head">
        {unread && <span className="hd-row__dot" aria-label={t('list.unread')} />}
        <span className="hd-row__sender">
          {message.mailbox === 'sent' ? `${t('thread.to')}: ` : ''}
          {sender || t('list.unknownSender')}
        </span>
        {message.mailbox === 'inbox' && <CategoryBadge message={message} />}
        <LanguageBadge language={message.language} />
        {message.attachments.length > 0 && (
          <HoverTooltip title={t('list.attachment')}>
            <span className="hd-row__clip">
              <RowIcon name="attachment" label={t('list.attachment')} />
            </span>
          </HoverTooltip>
        )}
        <RelativeTime iso={message.date} now={now} />
      </div>
      <div className="hd-row__subject">{message.subject || t('list.noSubject')}</div>
      <div className="hd-row__snippet">{message.snippet}</div>
      {message.queue !== undefined && (
        <QueueLine
          queue={message.queue}
          now={now}
          assignee={assignee === null ? null : staffName(assignee)}
        />
      )}
    </div>
  );
});
