import { describe, expect, it } from 'vitest';
import {
  checkForm,
  dailyLimit,
  draftFrom,
  mbText,
  parseMegabytes,
  parseOrderCount,
  sameSettings,
  setRuleEnabled,
  type ReplySettings,
  type ReplySettingsDraft,
} from '../../../../../../renderer/src/features/settings/reply-settings-form.js';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../../../../../shared/domain/compliance/types.js';
import type { Rule } from '../../../../../../shared/domain/compliance/types.js';

const NOW = new Date('2025-06-02T09:00:00Z');
const MIB = 1024 * 1024;
// Block any "@": the acknowledgement checks here should not depend on the real rules' wording.
const AT_RULE: Rule = {
  id: 'email-address',
  severity: 'block',
  summary: 'email',
  check: ({ body }) => {
    const at = body.raw.indexOf('@');
    return at < 0 ? [] : [{ field: 'body', start: at, end: at + 1 }];
  },
};

const BASE: ReplySettings = {
  compliance: {
    ...DEFAULT_COMPLIANCE_SETTINGS,
    disabledRules: [],
    allowedDomains: ['yamato.co.jp'],
    ownDomains: [],
    bannedWords: [],
  },
  averageDailyOrders: 40,
  autoAck: { enabled: false, bodies: { ja: 'ja', zh: 'zh', ko: 'ko', en: 'en' } },
};
const draft = (patch: Partial<ReplySettingsDraft>): ReplySettingsDraft => ({ ...draftFrom(BASE), ...patch });
const check = (patch: Partial<ReplySettingsDraft>) => checkForm(draft(patch), BASE, NOW, [AT_RULE]);

describe('dailyLimit', () => {
  it.each([
    { orders: 0, want: 600, why: 'a new seller still gets the base 600' },
    { orders: 40, want: 800, why: '5 × 40 + 600' },
    { orders: 1000, want: 5600, why: 'scales with orders' },
  ])('$orders orders → $want ($why)', ({ orders, want }) => {
    expect(dailyLimit(orders)).toBe(want);
  });
});

describe('parseOrderCount', () => {
  it.each([
    { text: '40', want: 40, why: 'plain' },
    { text: ' 0 ', want: 0, why: 'zero is allowed, spaces trimmed' },
    { text: '４０', want: 40, why: 'full-width digits from a Japanese IME' },
    { text: '1,200', want: 1200, why: 'thousands separators' },
    { text: '1,20', want: null, why: 'a misplaced separator is not a number' },
    { text: '-1', want: null, why: 'negative' },
    { text: '2.5', want: null, why: 'a whole number of orders' },
    { text: '', want: null, why: 'empty' },
    { text: '1000000', want: 1_000_000, why: 'the contract maximum' },
    { text: '1000001', want: null, why: 'above the contract maximum' },
  ])('"$text" → $want ($why)', ({ text, want }) => {
    expect(parseOrderCount(text)).toBe(want);
  });
});

describe('parseMegabytes / mbText', () => {
  it.each([
    { text: '7', want: 7, why: 'the marketplace default' },
    { text: '1', want: 1, why: 'lower bound' },
    { text: '25', want: 25, why: 'upper bound (the contract allows 25 MB)' },
    { text: '0.5', want: null, why: 'below 1 MB' },
    { text: '26', want: null, why: 'above 25 MB' },
    { text: '6.5', want: 6.5, why: 'one decimal' },
    { text: '6.55', want: null, why: 'two decimals is false precision' },
    { text: '７ MB', want: 7, why: 'full-width digit and a unit typed along' },
    { text: 'seven', want: null, why: 'not a number' },
  ])('"$text" → $want ($why)', ({ text, want }) => {
    expect(parseMegabytes(text)).toBe(want);
  });

  it.each([
    { bytes: 7 * MIB, want: '7' },
    { bytes: 5_000_000, want: '4.8' },
    { bytes: 25 * MIB, want: '25' },
  ])('$bytes bytes show as $want MB', ({ bytes, want }) => {
    expect(mbText(bytes)).toBe(want);
  });
});

describe('setRuleEnabled', () => {
  it.each([
    { disabled: [], id: 'promotion', enabled: false, want: ['promotion'], why: 'switching off adds it' },
    { disabled: ['promotion'], id: 'promotion', enabled: true, want: [], why: 'switching on removes it' },
    {
      disabled: ['promotion'],
      id: 'email-address',
      enabled: false,
      want: ['email-address', 'promotion'],
      why: 'kept in RULE_IDS order, so the same choice saves the same list',
    },
  ] as const)('$why', ({ disabled, id, enabled, want }) => {
    expect(setRuleEnabled(disabled, id, enabled)).toEqual(want);
  });
});

describe('checkForm', () => {
  it.each([
    {
      patch: { allowedDomains: 'https://www.Sagawa-Exp.co.jp/x\nyamato.co.jp' },
      want: { allowedDomains: ['sagawa-exp.co.jp', 'yamato.co.jp'] },
      why: 'domains are saved normalised',
    },
    {
      patch: { ownDomains: 'myshop.jp, MyShop.jp' },
      want: { ownDomains: ['myshop.jp'] },
      why: 'and deduplicated',
    },
    {
      patch: { bannedWords: ' 激安 \n激安' },
      want: { bannedWords: ['激安'] },
      why: 'words trimmed and deduplicated',
    },
    { patch: { attachmentMb: '10' }, want: { maxAttachmentBytes: 10 * MIB }, why: 'MB become bytes' },
  ])('$why', ({ patch, want }) => {
    expect(check(patch).settings?.compliance).toMatchObject(want);
  });

  it.each([
    { patch: { allowedDomains: 'not a domain' }, problem: 'allowedDomains', why: 'a wrong domain' },
    { patch: { ownDomains: 'a@b.jp' }, problem: 'ownDomains', why: 'an email address as a domain' },
    { patch: { bannedWords: 'x'.repeat(101) }, problem: 'bannedWords', why: 'a word over 100 characters' },
    {
      patch: { ownDomains: Array.from({ length: 51 }, (_, i) => `s${i}.jp`).join('\n') },
      problem: 'ownDomains',
      why: 'more own domains than the contract takes (50)',
    },
    { patch: { attachmentMb: '30' }, problem: 'attachmentMb', why: 'an attachment limit above 25 MB' },
    { patch: { averageDailyOrders: '-3' }, problem: 'averageDailyOrders', why: 'negative orders' },
  ] as const)('nothing is saved with $why', ({ patch, problem }) => {
    const result = check(patch);
    expect(result.settings).toBeNull();
    expect(result.problems[problem]).toBeTruthy();
  });

  it.each([
    { enabled: true, ja: 'a@b', saves: false, why: 'a blocked text cannot be saved while on' },
    { enabled: false, ja: 'a@b', saves: true, why: 'it can while off (to be fixed later)' },
    { enabled: true, ja: '', saves: false, why: 'every language needs a text while on' },
    { enabled: false, ja: '', saves: true, why: 'empty texts are fine while off' },
    { enabled: true, ja: '受け付けました。', saves: true, why: 'clean texts save' },
  ])('auto-ack on=$enabled, ja="$ja" → saves: $saves ($why)', ({ enabled, ja, saves }) => {
    const result = check({ autoAckEnabled: enabled, ackBodies: { ...BASE.autoAck.bodies, ja } });
    expect(result.settings !== null).toBe(saves);
  });

  it.each([
    { words: '', blocked: false, why: 'no banned words' },
    { words: '至急', blocked: true, why: 'the words being edited apply to the acknowledgement at once' },
  ])('banned words in the draft → ack blocked: $blocked ($why)', ({ words, blocked }) => {
    const body = '至急確認いたします。';
    const result = checkForm(
      draft({
        bannedWords: words,
        autoAckEnabled: true,
        ackBodies: { ja: body, zh: 'zh', ko: 'ko', en: 'en' },
      }),
      BASE,
      NOW,
    );
    expect(result.problems.ackBodies.ja?.kind === 'blocked').toBe(blocked);
  });

  it.each([
    { bytes: 5_000_000, text: '4.8', want: 5_000_000, why: 'an untouched odd size keeps its exact bytes' },
    { bytes: 5_000_000, text: '5', want: 5 * MIB, why: 'an edited size is taken as typed' },
  ])('$why', ({ bytes, text, want }) => {
    const base = { ...BASE, compliance: { ...BASE.compliance, maxAttachmentBytes: bytes } };
    const result = checkForm({ ...draftFrom(base), attachmentMb: text }, base, NOW, [AT_RULE]);
    expect(result.settings?.compliance.maxAttachmentBytes).toBe(want);
  });
});

describe('draftFrom → checkForm → sameSettings', () => {
  it.each([
    { patch: {}, same: true, why: 'opening and saving unchanged is no change' },
    { patch: { disabledRules: ['promotion' as const] }, same: false, why: 'a rule switched off' },
    { patch: { averageDailyOrders: '41' }, same: false, why: 'orders changed' },
    { patch: { allowedDomains: 'YAMATO.co.jp' }, same: true, why: 'the same domain in other case' },
  ])('$why → $same', ({ patch, same }) => {
    const settings = check(patch).settings;
    expect(settings).not.toBeNull();
    expect(sameSettings(settings ?? BASE, BASE)).toBe(same);
  });
});
