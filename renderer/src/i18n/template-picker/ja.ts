import type { TemplatePickerTranslation } from './en.js';

export const templatePickerJa: TemplatePickerTranslation = {};
