import type { TriageTranslation } from './en.js';

export const triageZh: TriageTranslation = {
  title: '分类',
};
