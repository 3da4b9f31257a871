import i18next, { type TFunction } from 'i18next';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

interface RowText {
  t: TFunction;
  language: string;
}

const subscribe = (onChange: () => void): (() => void) => {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
};
const currentLanguage = (): string => i18next.language;
const fixedT = new Map<string, TFunction>();

function rowTextFor(language: string): RowText {
  let t = fixedT.get(language);
  if (t === undefined) {
    t = i18next.getFixedT(language);
    fixedT.set(language, t);
  }
  return { t, language };
}

const RowTextContext = createContext<RowText | null>(null);

/** One subscription to language changes for the whole window; rows read it from context. */
export function RowTextProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  return <RowTextContext value={rowTextFor(language)}>{children}</RowTextContext>;
}

/**
 * useTranslation for components mounted by the dozen (list rows, their badges). react-i18next's
 * hook copies every property descriptor of the i18n instance on each mount, and a subscription
 * per component meant ~100 listeners added and removed per view switch; this is a context read.
 * Outside a RowTextProvider (a component test) it falls back to the current language.
 */
export function useRowTranslation(): RowText {
  return useContext(RowTextContext) ?? rowTextFor(i18next.language);
}
