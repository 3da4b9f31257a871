/** Templates strings (issue 6). Filled in by the templates UI. */
export const templatesEn = {};

export type TemplatesTranslation = typeof templatesEn;
