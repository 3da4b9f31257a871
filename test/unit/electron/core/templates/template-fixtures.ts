import type { TemplateInput } from '../../../../../electron/core/templates/template-library.js';
import { TemplateLibrary } from '../../../../../electron/core/templates/template-library.js';
import type { Template } from '../../../../../shared/domain/templates/types.js';

/** A clock the test moves by hand: no timed assertions, every stamp exact. */
export class TestClock {
  constructor(public current: Date) {}
  now = (): Date => new Date(this.current);
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export const T0 = new Date('2026-03-01T09:00:00.000Z');
const FIXED = '2026-01-01T00:00:00.000Z';

function starter(id: string, name: string, body: string): Template {
  return {
    id,
    name,
    tags: ['starter'],
    kinds: ['inquiry'],
    defaultLanguage: 'ja',
    variants: {
      ja: { subject: 'Re: {{orderId}}', body },
      en: { subject: 'Re: {{orderId}}', body: 'Dear {{buyerName}},' },
    },
    createdAt: FIXED,
    updatedAt: FIXED,
    reviewedAt: FIXED,
    lastUsedAt: null,
    useCount: 0,
    starter: true,
  };
}

/** Stand-ins for the shipped starters, so these tests do not change when the starter texts do. */
export const STARTERS_V1: readonly Template[] = [
  starter('starter-thanks', 'お礼', '{{buyerName}} 様\nご連絡ありがとうございます。'),
  starter('starter-delay', '発送遅延', '{{buyerName}} 様\nご注文 {{orderId}} の発送が遅れております。'),
];
/** A later app version ships one more. */
export const STARTERS_V2: readonly Template[] = [
  ...STARTERS_V1,
  starter('starter-return', '返品', '{{buyerName}} 様\n返品を承ります。'),
];

export function openLibrary(
  dir: string,
  clock: TestClock,
  starters: readonly Template[] = STARTERS_V1,
  starterVersion = 1,
): Promise<TemplateLibrary> {
  return TemplateLibrary.open(dir, { now: clock.now, starters, starterVersion });
}

export function input(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return {
    id: null,
    name: '配送状況のご案内',
    tags: ['配送'],
    kinds: ['inquiry'],
    defaultLanguage: 'ja',
    variants: {
      ja: {
        subject: 'ご注文 {{orderId}} について',
        body: '{{buyerName}} 様\n\nご注文 {{orderIds}} のお届け予定日は {{deliveryDate}} です。\n\n{{shopName}} {{staffName}}',
      },
      en: {
        subject: 'About your order {{orderId}}',
        body: 'Dear {{buyerName}},\n\nYour order {{orderIds}} is due on {{deliveryDate}}.\n\n{{shopName}}',
      },
    },
    reviewed: true,
    ...overrides,
  };
}
