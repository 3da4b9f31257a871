import type { MetricsTranslation } from './en.js';

export const metricsJa: MetricsTranslation = {
  title: '応答状況',
};
