import { describe, expect, it } from 'vitest';
import { countOf, DESK_VIEWS } from '../../../../../../renderer/src/features/inbox/views.js';

const counts = { needsReply: 1, all: 2, buyer: 3, noReply: 4, sent: 5, spam: 6 };

describe('views', () => {
  it('lists the six views with Needs reply first (the default)', () => {
    expect(DESK_VIEWS).toEqual(['needs-reply', 'all', 'buyer', 'no-reply', 'sent', 'spam']);
  });
  it.each(DESK_VIEWS.map((v, i) => ({ v, want: i + 1 })))('count of $v', ({ v, want }) => {
    expect(countOf(counts, v)).toBe(want);
  });
  it('no counts (older core) shows none', () => {
    expect(countOf(null, 'all')).toBeNull();
  });
});
