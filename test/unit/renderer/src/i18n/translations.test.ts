import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../../shared/api/result.js';
import { en } from '../../../../../renderer/src/i18n/en.js';
import { ja } from '../../../../../renderer/src/i18n/ja.js';
import { ko } from '../../../../../renderer/src/i18n/ko.js';
import { zh } from '../../../../../renderer/src/i18n/zh.js';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = new Map(leaves(en as unknown as Tree));

describe('translations', () => {
  it.each([
    { lng: 'ja', tree: ja },
    { lng: 'zh', tree: zh },
    { lng: 'ko', tree: ko },
  ])('$lng has every key, nothing empty, and the same placeholders as English', ({ tree }) => {
    const own = new Map(leaves(tree as unknown as Tree));
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of own) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(value), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it.each([...ERROR_CODES])('error code %s has its own sentence in every language', (code) => {
    for (const tree of [en, ja, zh, ko]) {
      expect(tree.errors[code]).toBeTruthy();
    }
    expect(new Set([en, ja, zh, ko].map((t) => t.errors[code])).size).toBe(4);
  });

  it.each([
    { key: 'views.needs-reply', want: '要返信' },
    { key: 'views.all', want: 'すべて' },
    { key: 'views.buyer', want: '購入者からのメッセージのみ' },
    { key: 'views.no-reply', want: '返信不要' },
    { key: 'views.sent', want: '送信済み' },
    { key: 'views.spam', want: '迷惑メール' },
    { key: 'account.test', want: '接続テスト' },
    { key: 'account.tryDemo', want: 'デモ用メールボックスを試す' },
  ])('Japanese uses the words Seller Central staff use: $want', ({ key, want }) => {
    expect(new Map(leaves(ja as unknown as Tree)).get(key)).toBe(want);
  });
});
