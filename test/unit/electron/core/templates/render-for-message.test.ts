import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../shared/api/result.js';
import { openStore, type IncomingMessage, type Store } from '../../../../../electron/core/store/index.js';
import {
  renderForMessage,
  type RenderRequest,
  type RenderResult,
} from '../../../../../electron/core/templates/render-for-message.js';
import { TemplateChecks } from '../../../../../electron/core/templates/template-checks.js';
import type { TemplateLibrary } from '../../../../../electron/core/templates/template-library.js';
import { message, tempDir } from '../store/store-test-helpers.js';
import { input, openLibrary, T0, TestClock } from './template-fixtures.js';

/*
 * A template personalised for a real stored message (issue 6): the buyer's Japanese name, both
 * order IDs of the thread, shop and staff from the settings. What nobody knows (the delivery
 * date) stays `{{deliveryDate}}` and is listed as missing, so sending stays blocked until filled.
 */

const FIRST_ORDER = '503-1111111-1111111';
const SECOND_ORDER = '503-2222222-2222222';

function inThread(uid: number, orderIds: string[]): IncomingMessage {
  const m = message({ uid, orderIds });
  return {
    ...m,
    meta: {
      ...m.meta,
      threadId: 'thread-1',
      buyer: { address: 'abc@marketplace.amazon.com', name: '山田 花子' },
    },
  };
}

let store: Store;
let library: TemplateLibrary;
let templateId = '';
let blockedId = '';
let cleanup: () => Promise<void> = async () => undefined;
const clock = new TestClock(T0);
const checks = new TemplateChecks();
const render = (req: Partial<RenderRequest>): Promise<RenderResult> =>
  renderForMessage(
    { store, library, checks, now: clock.now() },
    { templateId, messageId: 'inbox:100:2', language: null, values: {}, use: false, ...req },
  );

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  store = (await openStore(temp.dir)).store;
  await store.putMessages([inThread(1, [FIRST_ORDER]), inThread(2, [SECOND_ORDER])]);
  await store.updateSettings({
    prefs: { 'triage.staff': { me: 'sato', staff: [{ id: 'sato', name: '佐藤' }] } },
  });
  library = await openLibrary(temp.dir, clock);
  await library.setSettings({ shopName: 'さくら雑貨店', customFields: [], reviewAfterDays: 90 });
  templateId = (await library.save(input())).id;
  const leaky = input({
    name: 'leaky',
    variants: { ja: { subject: 's', body: 'ご不明点は shop@example.com までご連絡ください。' } },
  });
  blockedId = (await library.save(leaky)).id;
});
afterAll(async () => {
  await library.close();
  await store.close();
  await cleanup();
});

describe('render against a stored message', () => {
  // [request, language, buyerLanguageMatch, body must contain, missing, why]
  const CASES: Array<[string, Partial<RenderRequest>, string, boolean, string[], string[]]> = [
    [
      'the message language (ja)',
      {},
      'ja',
      true,
      ['山田 花子 様', `${FIRST_ORDER}、${SECOND_ORDER}`, '{{deliveryDate}}', 'さくら雑貨店 佐藤'],
      ['deliveryDate'],
    ],
    [
      'a typed delivery date',
      { values: { deliveryDate: '3月5日' } },
      'ja',
      true,
      ['お届け予定日は 3月5日 です'],
      [],
    ],
    [
      'whitespace is no value',
      { values: { deliveryDate: '  ' } },
      'ja',
      true,
      ['{{deliveryDate}}'],
      ['deliveryDate'],
    ],
    [
      'a value is text, never syntax',
      { values: { deliveryDate: '{{shopName}}<b>' } },
      'ja',
      true,
      ['お届け予定日は {{shopName}}<b> です'],
      [],
    ],
    [
      'a typed value overrides the message',
      { values: { buyerName: '花子', deliveryDate: 'x' } },
      'ja',
      true,
      ['花子 様'],
      [],
    ],
    [
      'English asked for',
      { language: 'en' },
      'en',
      true,
      ['Dear 山田 花子,', `${FIRST_ORDER}, ${SECOND_ORDER}`],
      ['deliveryDate'],
    ],
    ['Korean asked for, none written', { language: 'ko' }, 'ja', false, ['山田 花子 様'], ['deliveryDate']],
  ];
  it.each(CASES)('%s', async (_why, req, language, match, contains, missing) => {
    const out = await render(req);
    expect(out.language).toBe(language);
    expect(out.buyerLanguageMatch).toBe(match);
    for (const text of contains) expect(out.body).toContain(text);
    expect(out.missing).toEqual(missing);
    expect(out.subject).toContain(FIRST_ORDER);
  });

  it('lists every field with its value and where it came from', async () => {
    const out = await render({ values: { deliveryDate: '3月5日' } });
    expect(new Map(out.fields.map((f) => [f.name, [f.value, f.source]]))).toEqual(
      new Map([
        ['orderId', [FIRST_ORDER, 'message']],
        ['buyerName', ['山田 花子', 'message']],
        ['orderIds', [`${FIRST_ORDER}、${SECOND_ORDER}`, 'message']],
        ['deliveryDate', ['3月5日', 'typed']],
        ['shopName', ['さくら雑貨店', 'settings']],
        ['staffName', ['佐藤', 'staff']],
      ]),
    );
  });

  // [request, error code, why]
  const REFUSED: Array<[string, () => Partial<RenderRequest>, string]> = [
    ['a blocked template', () => ({ templateId: blockedId }), 'forbidden'],
    ['an unknown template', () => ({ templateId: 'tpl-nope' }), 'not-found'],
    ['an unknown message', () => ({ messageId: 'inbox:100:99' }), 'not-found'],
  ];
  it.each(REFUSED)('%s -> %s', async (_why, req, code) => {
    const error = await render(req()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).code).toBe(code);
  });

  it('an insertion (use) counts, a preview does not', async () => {
    const before = library.get(templateId)?.useCount ?? -1;
    await render({ use: false });
    expect(library.get(templateId)?.useCount).toBe(before);
    await render({ use: true });
    await render({ use: true });
    expect(library.get(templateId)).toMatchObject({ useCount: before + 2, lastUsedAt: T0.toISOString() });
  });
});
