import type { TriageTranslation } from './en.js';

export const triageJa: TriageTranslation = {
  title: '仕分け',
};
