import type { TemplatesTranslation } from './en.js';

export const templatesJa: TemplatesTranslation = {};
