import type { MetricsTranslation } from './en.js';

export const metricsKo: MetricsTranslation = {
  title: '응답 현황',
};
