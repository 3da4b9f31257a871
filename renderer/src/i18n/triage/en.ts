/** Triage strings (category chips, queue countdown and reasons, actions). Owned by the triage UI. */
export const triageEn = {
  title: 'Triage',
};
export type TriageTranslation = typeof triageEn;
