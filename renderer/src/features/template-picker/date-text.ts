import type { TemplateLanguage } from '../../../../shared/domain/templates/types.js';
import { formatToday } from '../../../../shared/domain/templates/values.js';

/**
 * A date from the date picker (`YYYY-MM-DD`) written the way a buyer reads it in the variant's
 * language — the same words the core uses for {{today}} (formatToday), so a reply never mixes
 * two date styles. Returns null for anything that is not a real calendar date.
 */
export function formatPickedDate(iso: string, language: TemplateLanguage): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return formatToday(day, language, 0);
}
