import { describe, expect, it } from 'vitest';
import { BLOCK_RULES, RULE_IDS, WARN_RULES } from '../../../../../shared/domain/compliance/types.js';
import { en } from '../../../../../renderer/src/i18n/en.js';
import { ja } from '../../../../../renderer/src/i18n/ja.js';
import { ko } from '../../../../../renderer/src/i18n/ko.js';
import { zh } from '../../../../../renderer/src/i18n/zh.js';
import { ruleTextKey, severityKey } from '../../../../../renderer/src/i18n/compliance/rule-text.js';

const LANGS = [
  { lng: 'en', tree: en },
  { lng: 'ja', tree: ja },
  { lng: 'zh', tree: zh },
  { lng: 'ko', tree: ko },
] as const;

/** Every (language, rule) pair: the checker can report any rule in any UI language. */
const PAIRS = LANGS.flatMap(({ lng, tree }) => RULE_IDS.map((id) => ({ lng, tree, id })));

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
}

describe('compliance rule texts', () => {
  it('the rule ids are the ones the checker knows (25, none twice)', () => {
    expect(RULE_IDS).toHaveLength(BLOCK_RULES.length + WARN_RULES.length);
    expect(new Set(RULE_IDS).size).toBe(25);
  });

  it.each(LANGS)('$lng lists exactly the rule ids, no stray or missing ones', ({ tree }) => {
    expect(Object.keys(tree.compliance.rules).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(PAIRS)('$lng $id has a short name and a sentence saying why', ({ tree, id }) => {
    const { name, why } = tree.compliance.rules[id];
    expect(name.trim()).not.toBe('');
    // A name is a label on a chip or a switch: a few words, not a sentence.
    expect(name.length).toBeLessThanOrEqual(36);
    expect(name).not.toMatch(/[。.]$/);
    expect(why.length).toBeGreaterThan(name.length);
    expect(why).toMatch(/[。.]$/);
    // i18next would try to fill {{…}} in; a rule text takes no parameters.
    expect(`${name}${why}`).not.toContain('{{');
  });

  it.each(LANGS.filter(({ lng }) => lng !== 'en'))(
    '$lng is translated, not English copied over',
    ({ tree }) => {
      for (const id of RULE_IDS) {
        expect(tree.compliance.rules[id].why, id).not.toBe(en.compliance.rules[id].why);
      }
      expect(tree.compliance.severity.block).not.toBe(en.compliance.severity.block);
    },
  );

  it.each(LANGS)('$lng gives every rule its own name (two rules named alike confuse)', ({ tree }) => {
    const names = RULE_IDS.map((id) => tree.compliance.rules[id].name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(LANGS)('$lng: the banned-word reason names the settings menu as the menu shows it', ({ tree }) => {
    expect(tree.compliance.rules['banned-word'].why).toContain(tree.replySettings.menu);
  });

  it.each([
    { id: 'email-address' as const, part: 'name' as const, lng: ja, want: 'メールアドレス' },
    { id: 'phone-number' as const, part: 'name' as const, lng: ja, want: '電話番号' },
    { id: 'link-insecure' as const, part: 'name' as const, lng: ja, want: 'httpsでないリンク' },
    {
      id: 'email-address' as const,
      part: 'why' as const,
      lng: ja,
      want: 'メールアドレスなどの連絡先は送れません。連絡はこのメッセージのやり取りの中で行ってください。',
    },
  ])('ruleTextKey($id, $part) resolves to the text ($want)', ({ id, part, lng, want }) => {
    expect(lookup(lng, ruleTextKey(id, part))).toBe(want);
  });

  it.each([
    { severity: 'block' as const, want: '送信不可' },
    { severity: 'warn' as const, want: '注意' },
  ])('severityKey($severity) resolves in Japanese to $want', ({ severity, want }) => {
    expect(lookup(ja, severityKey(severity))).toBe(want);
  });
});
