import type { TriageTranslation } from './en.js';

export const triageKo: TriageTranslation = {
  title: '분류',
};
