import { lazy } from 'react';

/*
 * The settings menu's dialogs and what they pull in (charts, the template library, the
 * compliance rules with libphonenumber's metadata) are ~1.3 MB of the bundle that the first
 * screen never shows. Loaded on first open, they leave the desk's start-up script smaller.
 */
export const MetricsDialog = lazy(() =>
  import('../metrics/MetricsDialog.js').then((m) => ({ default: m.MetricsDialog })),
);
export const TemplatesDialog = lazy(() =>
  import('../templates/TemplatesDialog.js').then((m) => ({ default: m.TemplatesDialog })),
);
export const ReplySettingsDialog = lazy(() =>
  import('./ReplySettingsDialog.js').then((m) => ({ default: m.ReplySettingsDialog })),
);
export const TriageSettingsDialog = lazy(() =>
  import('./TriageSettingsDialog.js').then((m) => ({ default: m.TriageSettingsDialog })),
);
