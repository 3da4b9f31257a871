import { isStaffId } from '../../../../shared/domain/triage/keywords.js';
import type { Req } from '../../../../shared/api/types.js';

/** The staff editor's state and rules, pure so the validation has a table test. */

export type StaffSettings = Req<'triage:set-staff'>;

/** The contract's limits (shared/api/schemas/triage.ts): more would be rejected as invalid-request. */
export const MAX_STAFF = 50;
export const MAX_NAME = 80;

export interface StaffDraftRow {
  /** React key: ids can be empty or duplicated while typing. */
  key: number;
  id: string;
  name: string;
  /**
   * Saved rows keep their id: it is written to the server as an IMAP keyword on every assigned
   * message, so renaming it would orphan those assignments on every desk.
   */
  saved: boolean;
}

export interface StaffDraft {
  me: string | null;
  rows: StaffDraftRow[];
}

export type IdProblem = 'invalid' | 'duplicate' | null;

export function draftFrom(settings: StaffSettings): StaffDraft {
  return {
    me: settings.me,
    rows: settings.staff.map((s, i) => ({ key: i, id: s.id, name: s.name, saved: true })),
  };
}

/** One problem per row; a duplicate is flagged on the later row so the first stays clean. */
export function idProblems(rows: readonly Pick<StaffDraftRow, 'id'>[]): IdProblem[] {
  const seen = new Set<string>();
  return rows.map(({ id }) => {
    if (!isStaffId(id)) return 'invalid';
    if (seen.has(id)) return 'duplicate';
    seen.add(id);
    return null;
  });
}

/** The request to save, or null while any id is wrong. `me` pointing at a removed row is dropped. */
export function toSettings(draft: StaffDraft): StaffSettings | null {
  if (idProblems(draft.rows).some((p) => p !== null)) return null;
  const staff = draft.rows.map((r) => ({ id: r.id, name: r.name.trim().slice(0, MAX_NAME) }));
  const me = draft.me !== null && staff.some((s) => s.id === draft.me) ? draft.me : null;
  return { me, staff };
}

export function sameSettings(a: StaffSettings, b: StaffSettings): boolean {
  return (
    a.me === b.me &&
    a.staff.length === b.staff.length &&
    a.staff.every((s, i) => s.id === b.staff[i]?.id && s.name === b.staff[i]?.name)
  );
}
