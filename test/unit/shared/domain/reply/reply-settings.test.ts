import { describe, expect, it } from 'vitest';
import { replySettingsSchema } from '../../../../../shared/api/schemas/replies.js';
import { checkDraft, isSendable } from '../../../../../shared/domain/compliance/check.js';
import { detectLanguage } from '../../../../../shared/domain/language.js';
import { DEFAULT_REPLY_SETTINGS } from '../../../../../shared/domain/reply/reply-settings.js';

const NOW = new Date('2026-11-20T00:00:00.000Z');
const bodies = Object.entries(DEFAULT_REPLY_SETTINGS.autoAck.bodies) as Array<
  ['ja' | 'zh' | 'ko' | 'en', string]
>;

describe('DEFAULT_REPLY_SETTINGS', () => {
  it('passes the contract schema the settings screen saves through', () => {
    expect(replySettingsSchema.safeParse(structuredClone(DEFAULT_REPLY_SETTINGS)).success).toBe(true);
  });

  it('keeps the automatic acknowledgement off and the daily orders at 0 until the seller says', () => {
    expect(DEFAULT_REPLY_SETTINGS.autoAck.enabled).toBe(false);
    expect(DEFAULT_REPLY_SETTINGS.averageDailyOrders).toBe(0);
  });

  it.each(bodies)('the %s acknowledgement passes the compliance gate', (language, body) => {
    const findings = checkDraft(
      { subject: 'Re: 注文について', body, buyerLanguage: language },
      DEFAULT_REPLY_SETTINGS.compliance,
      NOW,
    );
    expect(findings.filter((f) => f.severity === 'block')).toEqual([]);
    expect(isSendable(findings)).toBe(true);
  });

  it.each(bodies)(
    'the %s acknowledgement is in its language and promises an answer within 24 hours',
    (language, body) => {
      expect(detectLanguage(body)).toBe(language);
      expect(body).toContain('24');
      expect(body).not.toMatch(/[{}[\]○]/); // no placeholders left for the seller to fill
    },
  );
});
