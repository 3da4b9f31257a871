import type { MetricsTranslation } from './en.js';

export const metricsZh: MetricsTranslation = {
  title: '回复指标',
};
