import { CATEGORIES, SEVERITY, type Category } from './category.js';
import { DESK_FLAGS } from '../views.js';

/**
 * Triage state shared between desks through IMAP keywords on the message itself (issue 4 §6):
 * the server is the shared truth, so a second desk sees a correction, a "no response needed" or
 * an assignment after its next sync. Few keywords on purpose: Dovecot's Maildir keeps at most 26
 * per mailbox (dovecot-keywords, one letter each), shared with whatever other clients set.
 *
 * Concurrency (documented in README "Several desks on one mailbox"): every action is a STORE
 * +FLAGS of the new keyword and -FLAGS of the others in its group, so groups (category,
 * no-reply, spam, assignee, answered) never disturb each other, and within a group the last
 * action to reach the server wins — an action queued offline counts when it is replayed. If two
 * desks interleave so that a group holds two keywords, reading is still deterministic: the
 * category that keeps the message in front of staff wins (complaint > inquiry > thanks > spam)
 * and the assignee that sorts first wins; the next action on that group cleans it up.
 */

export const CATEGORY_KEYWORDS: Readonly<Record<Category, string>> = {
  inquiry: '$HD_Inquiry',
  complaint: '$HD_Complaint',
  thanks: '$HD_Thanks',
  // The same keyword as "reported as spam": correcting to spam is marking it spam.
  spam: DESK_FLAGS.spam,
};

export const ASSIGNEE_PREFIX = '$HD_To_';

/** RFC 3501 flag atoms are ASCII without specials; staff ids are kept to a safe, short subset. */
export const STAFF_ID = /^[a-z0-9][a-z0-9_-]{0,23}$/;

export function isStaffId(id: string): boolean {
  return STAFF_ID.test(id);
}

export interface TriageMarks {
  /** Set by staff (any desk); wins over the classifier. */
  category: Category | null;
  noReply: boolean;
  spam: boolean;
  answered: boolean;
  assignee: string | null;
}

const BY_KEYWORD = new Map<string, Category>(CATEGORIES.map((c) => [CATEGORY_KEYWORDS[c].toLowerCase(), c]));
const PREFIX = ASSIGNEE_PREFIX.toLowerCase();

/** Flag names compare case-insensitively (RFC 3501 §2.3.2). */
export function triageMarksOf(flags: readonly string[]): TriageMarks {
  let category: Category | null = null;
  let assignee: string | null = null;
  const marks = { noReply: false, spam: false, answered: false };
  for (const flag of flags) {
    const f = flag.toLowerCase();
    const c = BY_KEYWORD.get(f);
    if (c && (category === null || SEVERITY[c] > SEVERITY[category])) category = c;
    if (f === DESK_FLAGS.noReply.toLowerCase()) marks.noReply = true;
    else if (f === DESK_FLAGS.spam.toLowerCase() || f === DESK_FLAGS.junk.toLowerCase()) marks.spam = true;
    else if (f === DESK_FLAGS.answered.toLowerCase()) marks.answered = true;
    else if (f.startsWith(PREFIX)) {
      const id = f.slice(PREFIX.length);
      if (isStaffId(id) && (assignee === null || id < assignee)) assignee = id;
    }
  }
  if (marks.spam && category === null) category = 'spam';
  return { category, assignee, ...marks };
}

export type TriageAction =
  | { kind: 'set-category'; category: Category }
  | { kind: 'no-reply'; on: boolean }
  | { kind: 'spam'; on: boolean }
  | { kind: 'assign'; staff: string | null }
  | { kind: 'answered'; on: boolean };

export interface FlagChanges {
  add: string[];
  remove: string[];
}

/**
 * What to STORE for an action. Fixed groups are removed whole (removing an absent keyword is
 * harmless), so a keyword another desk set meanwhile is replaced too. Assignees are open-ended:
 * their removals come from `flags`, which the replayer reads from the server just before.
 */
export function flagChangesFor(action: TriageAction, flags: readonly string[]): FlagChanges {
  switch (action.kind) {
    case 'set-category': {
      const keep = CATEGORY_KEYWORDS[action.category];
      const others = CATEGORIES.filter((c) => c !== action.category).map((c) => CATEGORY_KEYWORDS[c]);
      // Leaving spam also drops $Junk (set by other clients' junk filters), or it would stay spam.
      if (action.category !== 'spam') others.push(DESK_FLAGS.junk);
      return { add: [keep], remove: others };
    }
    case 'no-reply':
      return toggle(DESK_FLAGS.noReply, action.on);
    case 'spam':
      return action.on
        ? { add: [DESK_FLAGS.spam], remove: [] }
        : { add: [], remove: [DESK_FLAGS.spam, DESK_FLAGS.junk] };
    case 'answered':
      return toggle(DESK_FLAGS.answered, action.on);
    case 'assign': {
      const current = flags.filter((f) => f.toLowerCase().startsWith(PREFIX));
      if (action.staff === null) return { add: [], remove: current };
      if (!isStaffId(action.staff)) throw new RangeError(`not a staff id: ${action.staff}`);
      const keyword = ASSIGNEE_PREFIX + action.staff;
      return { add: [keyword], remove: current.filter((f) => f.toLowerCase() !== keyword.toLowerCase()) };
    }
  }
}

function toggle(flag: string, on: boolean): FlagChanges {
  return on ? { add: [flag], remove: [] } : { add: [], remove: [flag] };
}

/** The flags after a change, as the server will have them (case-insensitive, no duplicates). */
export function applyFlagChanges(flags: readonly string[], changes: FlagChanges): string[] {
  const removed = new Set(changes.remove.map((f) => f.toLowerCase()));
  const out = flags.filter((f) => !removed.has(f.toLowerCase()));
  for (const f of changes.add) if (!out.some((o) => o.toLowerCase() === f.toLowerCase())) out.push(f);
  return out;
}
