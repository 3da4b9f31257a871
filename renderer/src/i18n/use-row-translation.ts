import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void): (() => void) => {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
};
const currentLanguage = (): string => i18next.language;
const fixedT = new Map<string, TFunction>();

/**
 * useTranslation for components mounted by the dozen (list rows, their badges). react-i18next's
 * hook copies every property descriptor of the i18n instance on each mount; with five such
 * components in 30 rows that copying was the largest single cost of a view switch. This reads
 * the same i18next instance (the one initI18n set up) and re-renders on a language change.
 */
export function useRowTranslation(): { t: TFunction; language: string } {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  let t = fixedT.get(language);
  if (t === undefined) {
    t = i18next.getFixedT(language);
    fixedT.set(language, t);
  }
  return { t, language };
}
