import { useTranslation } from 'react-i18next';
import { numberFormat } from './intl-cache.js';

/** Counts with the UI locale's grouping (83,333 / 83,333 件): i18next interpolation would print 83333. */
export function useFormatNumber(): (n: number) => string {
  const { i18n } = useTranslation();
  const nf = numberFormat(i18n.language);
  return (n) => nf.format(n);
}
