import type { ComplianceTranslation } from './en.js';

export const complianceKo: ComplianceTranslation = {};
