import { useRowTranslation } from '../i18n/use-row-translation.js';
import type { MessageSummary } from '../api/desk-types.js';
import { categoryTooltip, useCategoryDisplay } from './CategoryChip.js';
import { HoverTooltip } from './HoverTooltip.js';
import { RowIcon } from './row-icons.js';
import './compact.css';

/**
 * The list row's category: the same text, colours and hover as CategoryChip, as a plain span
 * (a list repaints dozens of them on every view switch; the pane's chip is a button with a menu).
 */
export function CategoryBadge({ message }: { message: Pick<MessageSummary, 'flags' | 'triage'> }) {
  const { t } = useRowTranslation();
  const display = useCategoryDisplay(message);
  if (display === null) return null;
  const { category, staffSet, uncertain } = display.effective;
  return (
    <HoverTooltip title={categoryTooltip(display)} enterDelay={300}>
      <span
        className="hd-pill hd-cat"
        data-testid="category-chip"
        data-category={category}
        data-staff-set={staffSet}
        data-uncertain={uncertain}
        aria-label={display.ariaLabel}
      >
        {staffSet && <RowIcon name="person" label={t('triage.chip.staffSet')} />}
        {display.label}
      </span>
    </HoverTooltip>
  );
}
