import type { TemplatesTranslation } from './en.js';

export const templatesZh: TemplatesTranslation = {};
