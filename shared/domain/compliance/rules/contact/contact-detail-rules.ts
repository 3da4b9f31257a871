import type { Rule, RuleHit } from '../../types.js';
import { textFields } from './fields.js';
import { findPhoneNumbers } from './phone.js';
import { scanLinks } from './scan-links.js';

/** Contact details (domain.md): the buyer must be reached through the marketplace only. */

export const emailAddress: Rule = {
  id: 'email-address',
  severity: 'block',
  summary: 'Email addresses may not be sent',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { field, text } of textFields(ctx))
      for (const e of scanLinks(text).emails)
        hits.push({ field, start: e.start, end: e.end, detail: e.domain });
    return hits;
  },
};

export const phoneNumber: Rule = {
  id: 'phone-number',
  severity: 'block',
  summary: 'Phone numbers may not be sent',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { field, text } of textFields(ctx))
      for (const p of findPhoneNumbers(text, ctx.draft.buyerLanguage))
        hits.push({ field, start: p.start, end: p.end, detail: p.e164 });
    return hits;
  },
};
