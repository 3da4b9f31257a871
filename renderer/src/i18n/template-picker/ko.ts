import type { TemplatePickerTranslation } from './en.js';

export const templatePickerKo: TemplatePickerTranslation = {};
