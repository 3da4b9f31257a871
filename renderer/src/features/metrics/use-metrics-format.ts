import { useTranslation } from 'react-i18next';
import { splitDuration } from './metrics-view.js';

export interface MetricsFormat {
  /** 0.8333 → "83.3%" in the UI locale; null → "—". */
  share: (value: number | null) => string;
  /** 11_520_000 → "3時間12分"; null → "—". */
  duration: (ms: number | null) => string;
  count: (n: number) => string;
}

export function useMetricsFormat(): MetricsFormat {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(i18n.language);
  const none = t('metrics.noValue');
  return {
    share: (value) => (value === null ? none : percent.format(value)),
    duration: (ms) => {
      if (ms === null) return none;
      const { key, d, h, m } = splitDuration(ms);
      return t(`metrics.duration.${key}`, { d, h, m });
    },
    count: (n) => integer.format(n),
  };
}
