/** Compliance strings (issue 5). Filled in by the compliance UI. */
export const complianceEn = {};

export type ComplianceTranslation = typeof complianceEn;
