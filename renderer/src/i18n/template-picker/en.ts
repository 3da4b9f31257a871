/** TemplatePicker strings (issue 6). Filled in by the templatePicker UI. */
export const templatePickerEn = {};

export type TemplatePickerTranslation = typeof templatePickerEn;
