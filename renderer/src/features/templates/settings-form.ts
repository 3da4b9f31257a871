import { CUSTOM_KEY, type TemplateSettings } from '../../../../shared/domain/templates/types.js';

/** The settings tab as typed: the number stays text until it is valid, so typing can pass through "". */
export interface SettingsDraft {
  shopName: string;
  reviewDays: string;
  fields: Array<{ key: string; label: string; value: string }>;
}

export type FieldProblem = 'key-invalid' | 'key-duplicate' | 'label-empty';

export interface SettingsCheck {
  /** null while a problem stops saving. */
  settings: TemplateSettings | null;
  reviewDaysInvalid: boolean;
  /** Per custom field row, in order; null for a good row. */
  fieldProblems: Array<FieldProblem | null>;
}

export function settingsDraft(settings: TemplateSettings): SettingsDraft {
  return {
    shopName: settings.shopName,
    reviewDays: String(settings.reviewAfterDays),
    fields: settings.customFields.map((f) => ({ ...f })),
  };
}

/**
 * Checked as the contract will (templateSettingsSchema). Keys compare case-sensitively, as the
 * placeholder `{{custom.key}}` is matched exactly; full-width digits in the day count are
 * accepted because a Japanese IME types them.
 */
export function checkSettings(draft: SettingsDraft): SettingsCheck {
  const daysText = draft.reviewDays.normalize('NFKC').trim();
  const days = /^\d{1,4}$/.test(daysText) ? Number(daysText) : NaN;
  const reviewDaysInvalid = !(days >= 1 && days <= 3650);
  const counts = new Map<string, number>();
  for (const f of draft.fields) counts.set(f.key.trim(), (counts.get(f.key.trim()) ?? 0) + 1);
  const fieldProblems = draft.fields.map((f): FieldProblem | null => {
    const key = f.key.trim();
    if (!CUSTOM_KEY.test(key)) return 'key-invalid';
    if ((counts.get(key) ?? 0) > 1) return 'key-duplicate';
    if (f.label.trim() === '' || f.label.trim().length > 80) return 'label-empty';
    return null;
  });
  const ok = !reviewDaysInvalid && fieldProblems.every((p) => p === null) && draft.shopName.length <= 200;
  return {
    reviewDaysInvalid,
    fieldProblems,
    settings: ok
      ? {
          shopName: draft.shopName.trim(),
          reviewAfterDays: days,
          customFields: draft.fields.map((f) => ({
            key: f.key.trim(),
            label: f.label.trim(),
            value: f.value,
          })),
        }
      : null,
  };
}
