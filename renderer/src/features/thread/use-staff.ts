import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/desk-client.js';
import type { StaffMember } from '../../api/desk-types.js';

export interface Staff {
  members: readonly StaffMember[];
  nameOf(id: string): string;
  /** Reread (the list is edited in Settings, which sends no event). */
  reload(): void;
}

/** The desk's staff list for assignment menus and chips; empty when the core has none (or no triage). */
export function useStaff(): Staff {
  const [members, setMembers] = useState<readonly StaffMember[]>([]);
  const reload = useCallback(() => {
    void call('triage:staff', {}).then((r) => {
      if (r.ok) setMembers(r.value.staff);
    });
  }, []);
  useEffect(reload, [reload]);
  const nameOf = useCallback((id: string) => members.find((m) => m.id === id)?.name || id, [members]);
  return { members, nameOf, reload };
}
