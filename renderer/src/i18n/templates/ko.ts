import type { TemplatesTranslation } from './en.js';

export const templatesKo: TemplatesTranslation = {};
