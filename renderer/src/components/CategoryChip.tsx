import { HoverTooltip } from './HoverTooltip.js';
import { Box, Chip, type ChipProps } from '@mui/material';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import { useRowTranslation } from '../i18n/use-row-translation.js';
import { triageMarksOf } from '../../../shared/domain/triage/keywords.js';
import type { Category, MessageSummary } from '../api/desk-types.js';

export const CATEGORY_COLOR: Readonly<Record<Category, ChipProps['color']>> = {
  complaint: 'error',
  inquiry: 'primary',
  thanks: 'success',
  spam: 'default',
};

export interface EffectiveCategory {
  category: Category;
  /** A staff correction (an IMAP keyword from any desk): wins over the classifier. */
  staffSet: boolean;
  uncertain: boolean;
  confidence: number | null;
  cues: readonly string[];
}

/** What the chip shows: staff's keyword first, else the classifier; null for non-buyer mail. */
export function effectiveCategoryOf(m: Pick<MessageSummary, 'flags' | 'triage'>): EffectiveCategory | null {
  const staff = triageMarksOf(m.flags).category;
  if (staff !== null) {
    return {
      category: staff,
      staffSet: true,
      uncertain: false,
      confidence: null,
      cues: m.triage?.cues ?? [],
    };
  }
  if (m.triage === null) return null;
  const { category, uncertain, confidence, cues } = m.triage;
  return { category, staffSet: false, uncertain, confidence, cues };
}

interface Props {
  message: Pick<MessageSummary, 'flags' | 'triage'>;
  size?: 'row' | 'pane';
  onClick?: (event: React.MouseEvent<HTMLElement>) => void;
}

export interface CategoryDisplay {
  effective: EffectiveCategory;
  /** The category's name in the UI language. */
  name: string;
  /** The chip's text: an uncertain guess carries "?". */
  label: string;
  /** The hover text: who set it, the classifier's cues and confidence. */
  lines: string[];
  ariaLabel: string;
}

/** What every category chip says, shared by the pane's chip and the list's light badge. */
export function useCategoryDisplay(
  message: Pick<MessageSummary, 'flags' | 'triage'>,
): CategoryDisplay | null {
  const { t } = useRowTranslation();
  const effective = effectiveCategoryOf(message);
  if (effective === null) return null;
  const { category, staffSet, uncertain, confidence, cues } = effective;
  const name = t(`triage.category.${category}`);
  const lines = [
    staffSet ? t('triage.chip.staffSet') : null,
    uncertain ? t('triage.chip.uncertain') : null,
    !staffSet && cues.length > 0
      ? t('triage.chip.cues', { category: name, cues: cues.slice(0, 5).join(t('triage.chip.cueSeparator')) })
      : null,
    confidence !== null ? t('triage.chip.confidence', { pct: Math.round(confidence * 100) }) : null,
  ].filter((l): l is string => l !== null);
  return {
    effective,
    name,
    label: uncertain ? `${name} ?` : name,
    lines,
    ariaLabel: `${t('triage.chip.label')}: ${name}${staffSet ? ` (${t('triage.chip.staffSet')})` : ''}`,
  };
}

/** The hover text as lines (MUI Tooltip renders a node; one line per reason). */
export function categoryTooltip({ name, lines }: CategoryDisplay): React.ReactNode {
  return lines.length === 0
    ? name
    : lines.map((l) => (
        <Box key={l} component="div">
          {l}
        </Box>
      ));
}

/**
 * The category as a coloured chip. An uncertain guess is outlined with "?" so staff know to check
 * it; a staff correction carries a person icon. The tooltip gives the classifier's cues, which
 * is what makes the guess checkable ("苦情：破損、返品").
 */
export function CategoryChip({ message, size = 'row', onClick }: Props) {
  const { t } = useRowTranslation();
  const display = useCategoryDisplay(message);
  if (display === null) return null;
  const { category, staffSet, uncertain } = display.effective;
  const row = size === 'row';
  return (
    <HoverTooltip title={categoryTooltip(display)} enterDelay={300}>
      <Chip
        data-testid="category-chip"
        data-category={category}
        data-staff-set={staffSet}
        data-uncertain={uncertain}
        size="small"
        color={CATEGORY_COLOR[category]}
        variant={uncertain ? 'outlined' : 'filled'}
        icon={staffSet ? <PersonOutlined aria-label={t('triage.chip.staffSet')} /> : undefined}
        label={display.label}
        onClick={onClick}
        aria-label={display.ariaLabel}
        sx={{
          flex: 'none',
          fontWeight: 600,
          ...(row && { height: 20, fontSize: 11, '& .MuiChip-label': { px: 0.75 } }),
          ...(row && staffSet && { '& .MuiChip-icon': { fontSize: 14, ml: 0.5, mr: -0.5 } }),
        }}
      />
    </HoverTooltip>
  );
}
