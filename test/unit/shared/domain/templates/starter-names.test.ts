import { describe, expect, it } from 'vitest';
import { STARTER_TEMPLATES } from '../../../../../shared/domain/templates/starter/index.js';
import { templateDisplayName } from '../../../../../shared/domain/templates/starter/names.js';

describe('templateDisplayName', () => {
  it.each([
    [
      'starter-damaged-item',
      'Damaged item: apology and options',
      'ja',
      '商品破損のお詫びと対応のご提案',
      'a starter under its shipped name follows the UI language',
    ],
    [
      'starter-damaged-item',
      'Damaged item: apology and options',
      'zh-CN',
      '商品破损：致歉与处理方案',
      'a region tag is ignored',
    ],
    [
      'starter-damaged-item',
      'Damaged item: apology and options',
      'en',
      'Damaged item: apology and options',
      'English is the shipped name',
    ],
    [
      'starter-damaged-item',
      '破損（うちの言い方）',
      'ja',
      '破損（うちの言い方）',
      'a renamed starter keeps the seller’s name',
    ],
    ['t-123', 'My template', 'ko', 'My template', 'the seller’s own templates are never renamed'],
    ['starter-invoice', 'Invoice', 'fr', 'Invoice', 'an unknown UI language keeps the name'],
  ])('%s %s (%s) -> %s: %s', (id, name, lang, expected) => {
    expect(templateDisplayName(id, name, lang)).toBe(expected);
  });

  it.each(STARTER_TEMPLATES.map((t) => [t.id, t.name] as const))(
    '%s has a name in every UI language, and its English one is the shipped name',
    (id, name) => {
      expect(templateDisplayName(id, name, 'en')).toBe(name);
      for (const lang of ['ja', 'zh', 'ko']) expect(templateDisplayName(id, name, lang)).not.toBe(name);
    },
  );
});
