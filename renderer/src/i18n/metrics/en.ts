/** Response-metrics screen and triage settings (staff, corrections). Owned by the metrics UI. */
export const metricsEn = {
  title: 'Response metrics',
};
export type MetricsTranslation = typeof metricsEn;
