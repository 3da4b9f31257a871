import { useRowTranslation } from '../i18n/use-row-translation.js';
import type { MessageSummary } from '../api/desk-types.js';
import { HoverTooltip } from './HoverTooltip.js';
import './compact.css';

/** The message's language as a small boxed letter (日, 英, 中, 한), its full name on hover. */
export function LanguageBadge({ language }: { language: MessageSummary['language'] }) {
  const { t } = useRowTranslation();
  if (language === 'other') return null;
  return (
    <HoverTooltip title={t(`language.${language}Name`)}>
      <span className="hd-lang">{t(`language.${language}`)}</span>
    </HoverTooltip>
  );
}
