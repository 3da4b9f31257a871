import type { ComplianceTranslation } from './en.js';

export const complianceJa: ComplianceTranslation = {};
