/** Keyboard movement in the suggestion list; blocked rows are skipped as a menu skips disabled items. */

export interface NavRow {
  blocked: boolean;
}

/** The first row Enter could insert, or -1 when every row is blocked (or there are none). */
export function firstSelectable(rows: readonly NavRow[]): number {
  return rows.findIndex((r) => !r.blocked);
}

/**
 * The row selected after a key press. Arrows stop at the ends rather than wrap: in a ranked list
 * wrapping from the best match to the worst one is a surprise. Any other key changes nothing.
 */
export function moveSelection(rows: readonly NavRow[], current: number, key: string): number {
  const selectable = rows.flatMap((r, i) => (r.blocked ? [] : [i]));
  if (selectable.length === 0) return -1;
  const first = selectable[0] ?? -1;
  const last = selectable[selectable.length - 1] ?? -1;
  switch (key) {
    case 'Home':
      return first;
    case 'End':
      return last;
    case 'ArrowDown':
      return current < 0 ? first : (selectable.find((i) => i > current) ?? last);
    case 'ArrowUp':
      return current < 0 ? first : (selectable.findLast((i) => i < current) ?? first);
    default:
      return selectable.includes(current) ? current : first;
  }
}
