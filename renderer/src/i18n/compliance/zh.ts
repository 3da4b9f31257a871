import type { ComplianceTranslation } from './en.js';

export const complianceZh: ComplianceTranslation = {};
