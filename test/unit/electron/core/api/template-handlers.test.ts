import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../../../shared/api/result.js';
import { templateHandlers } from '../../../../../electron/core/api/template-handlers.js';
import {
  readReplySettings,
  writeReplySettings,
} from '../../../../../electron/core/replies/reply-settings-store.js';
import { openStore, type IncomingMessage, type Store } from '../../../../../electron/core/store/index.js';
import type { TemplateLibrary } from '../../../../../electron/core/templates/template-library.js';
import { message, tempDir } from '../store/store-test-helpers.js';
import { input, openLibrary, T0, TestClock } from '../templates/template-fixtures.js';

/*
 * The templates:* calls over a real store and library: views carry the compliance verdict (and
 * follow a change of the compliance settings through the cache), review dates, suggestions for a
 * stored message with blocked templates marked, and failures as data with a stable code.
 */

let store: Store;
let library: TemplateLibrary;
let api: ReturnType<typeof templateHandlers>;
let cleanup: () => Promise<void> = async () => undefined;
const clock = new TestClock(T0);
let complaintId = '';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function withFlags(uid: number, flags: string[]): IncomingMessage {
  return message({ uid, flags, subject: '商品が壊れていました', orderIds: ['503-1111111-1111111'] });
}

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  store = (await openStore(temp.dir)).store;
  await store.putMessages([withFlags(1, ['$HD_Complaint']), withFlags(2, [])]);
  library = await openLibrary(temp.dir, clock);
  api = templateHandlers({ store, clock }, library);
  complaintId = value(await api['templates:save'](input({ name: '破損のお詫び', kinds: ['complaint'] })))
    .template.id;
});
afterAll(async () => {
  await library.close();
  await store.close();
  await cleanup();
});

describe('templates:list', () => {
  it('a banned word blocks the template at once, and lifting it unblocks it (cache follows settings)', async () => {
    const blockedOf = async (): Promise<boolean | undefined> =>
      value(await api['templates:list']({})).templates.find((v) => v.template.id === complaintId)?.blocked;
    expect(await blockedOf()).toBe(false);
    const settings = readReplySettings(store);
    await writeReplySettings(store, {
      ...settings,
      compliance: { ...settings.compliance, bannedWords: ['お届け'] },
    });
    expect(await blockedOf()).toBe(true);
    await writeReplySettings(store, settings);
    expect(await blockedOf()).toBe(false);
  });

  // [days later, review period, review due, why]
  const REVIEW: Array<[number, number, boolean, string]> = [
    [0, 90, false, 'just written'],
    [91, 90, true, 'past 90 days'],
    [91, 120, false, 'the period is a setting'],
  ];
  it.each(REVIEW)('%i days later with a %i-day period -> reviewDue %s (%s)', async (days, period, due) => {
    const at = clock.current;
    clock.advanceDays(days);
    value(await api['templates:set-settings']({ shopName: '', customFields: [], reviewAfterDays: period }));
    const view = value(await api['templates:list']({})).templates.find((v) => v.template.id === complaintId);
    expect(view?.reviewDue).toBe(due);
    clock.current = at;
  });
});

describe('templates:suggest', () => {
  // [message, category reason expected, why]
  const CASES: Array<[string, boolean, string]> = [
    ['inbox:100:1', true, 'staff marked it a complaint: the complaint template fits'],
    ['inbox:100:2', false, 'not judged yet: no category to match'],
  ];
  it.each(CASES)('%s -> category reason %s (%s)', async (messageId, category) => {
    const { suggestions } = value(await api['templates:suggest']({ messageId, query: '' }));
    const mine = suggestions.find((s) => s.templateId === complaintId);
    expect(mine?.reasons.includes('category') ?? false).toBe(category);
  });

  it('a blocked template is suggested marked blocked, so staff see why it cannot be inserted', async () => {
    const leaky = value(
      await api['templates:save'](
        input({ name: 'leaky mail', variants: { ja: { subject: 's', body: 'leaky: a@example.com まで' } } }),
      ),
    );
    expect(leaky.blocked).toBe(true);
    const { suggestions } = value(
      await api['templates:suggest']({ messageId: 'inbox:100:1', query: 'leaky' }),
    );
    expect(suggestions.map((s) => [s.templateId, s.blocked])).toContainEqual([leaky.template.id, true]);
  });
});

describe('failures cross as data', () => {
  // [call, code, why]
  const CASES: Array<[string, () => Promise<Result<unknown>>, string]> = [
    [
      'suggest for an unknown message',
      () => api['templates:suggest']({ messageId: 'inbox:1:1', query: '' }),
      'not-found',
    ],
    ['import garbage', () => api['templates:import-apply']({ json: 'nope' }), 'invalid-request'],
    ['preview garbage', () => api['templates:import-preview']({ json: '[]' }), 'invalid-request'],
    ['restore a made-up token', () => api['templates:restore']({ undoToken: 'x' }), 'not-found'],
  ];
  it.each(CASES)('%s -> %s', async (_what, call, code) => {
    const result = await call();
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('delete then restore through the contract', async () => {
    const { undoToken } = value(await api['templates:delete']({ id: complaintId }));
    expect(value(await api['templates:list']({})).templates.some((v) => v.template.id === complaintId)).toBe(
      false,
    );
    expect(value(await api['templates:restore']({ undoToken })).template.id).toBe(complaintId);
  });
});
