import type { DeskRes } from '../../api/desk-types.js';
import {
  CUSTOM_PREFIX,
  PLACEHOLDERS,
  type PlaceholderName,
} from '../../../../shared/domain/templates/types.js';

export type RenderResult = DeskRes<'templates:render'>;
export type RenderField = RenderResult['fields'][number];
export type FieldSource = RenderField['source'];

export interface PickerField {
  name: string;
  /** What the input shows: the staff's own text when they typed, else the prefilled value. */
  value: string;
  source: FieldSource;
  /** No value yet: highlighted, and it stays `{{name}}` in the reply, which blocks sending. */
  missing: boolean;
  typed: boolean;
  /** deliveryDate gets a date picker beside the text; every other field is plain text. */
  input: 'text' | 'date';
}

export type FieldLabel = { kind: 'known'; name: PlaceholderName } | { kind: 'custom'; key: string };

export function fieldLabel(name: string): FieldLabel {
  if (name.startsWith(CUSTOM_PREFIX)) return { kind: 'custom', key: name.slice(CUSTOM_PREFIX.length) };
  const known = PLACEHOLDERS.find((p) => p === name);
  return known === undefined ? { kind: 'custom', key: name } : { kind: 'known', name: known };
}

/**
 * The form of the personalise step, from the last render. The order is fixed (the placeholder
 * list's order, then custom fields by key) rather than "missing first": the list is re-rendered
 * while staff type, and a field that jumps away once filled loses the typist's place.
 * A name the staff typed shows their text even before the re-render returns, so typing never
 * lags behind the debounced preview.
 */
export function pickerFields(
  fields: readonly RenderField[],
  missing: readonly string[],
  typed: Readonly<Record<string, string>>,
): PickerField[] {
  const absent = new Set(missing);
  const toField = (f: RenderField): PickerField => {
    const own = Object.hasOwn(typed, f.name) ? typed[f.name] : undefined;
    return {
      name: f.name,
      value: own ?? f.value,
      source: own === undefined ? f.source : 'typed',
      missing: own === undefined ? absent.has(f.name) || f.value === '' : own.trim() === '',
      typed: own !== undefined,
      input: f.name === 'deliveryDate' ? 'date' : 'text',
    };
  };
  const byName = new Map(fields.map((f) => [f.name, toField(f)]));
  // A missing name the core listed without a field entry still needs an input to fill it.
  for (const name of absent) {
    if (!byName.has(name)) byName.set(name, toField({ name, value: '', source: 'none' }));
  }
  return [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

function rank(name: string): number {
  const i = PLACEHOLDERS.findIndex((p) => p === name);
  return i < 0 ? PLACEHOLDERS.length : i;
}

/**
 * What goes to templates:render as `values`: only what the staff typed, so prefilled values
 * keep their source ("from the message") in the form. A typed empty string is sent as such:
 * the core counts it missing, so clearing a prefilled name really leaves `{{buyerName}}`.
 */
export function renderValues(typed: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, v.slice(0, 2000)]));
}
