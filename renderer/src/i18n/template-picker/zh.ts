import type { TemplatePickerTranslation } from './en.js';

export const templatePickerZh: TemplatePickerTranslation = {};
