import { describe, expect, it } from 'vitest';
import { asTuples, bodyHits, sameHits, type Expected, type Lang } from './contact-check.js';

const SETTINGS = { ownDomains: ['myshop.jp'], allowedDomains: ['kuronekoyamato.co.jp'] };
const CONFIRMED = ['https://www.amazon.co.jp/gp/help/returns'];

// [language, body, expected findings, why it matters]
const CASES: Array<[Lang, string, readonly Expected[], string]> = [
  // link-insecure: positives
  [
    'en',
    'See http://example.com/a.',
    [['link-insecure', 'http://example.com/a', 'example.com']],
    'plain http; the full stop is not part of the link',
  ],
  [
    'en',
    'Download ftp://files.example.net/manual',
    [['link-insecure', 'ftp://files.example.net/manual', 'files.example.net']],
    'other schemes',
  ],
  [
    'en',
    'Visit www.example.com for more',
    [['link-insecure', 'www.example.com', 'www.example.com']],
    'www. without a scheme',
  ],
  [
    'en',
    'Go to example.com/shop today',
    [['link-insecure', 'example.com/shop', 'example.com']],
    'a bare domain with a path',
  ],
  [
    'en',
    'Our store: example dot com',
    [['link-insecure', 'example dot com', 'example.com']],
    'the dot spelled out',
  ],
  [
    'en',
    'Find us at example[.]com or example (dot) com',
    [
      ['link-insecure', 'example[.]com', 'example.com'],
      ['link-insecure', 'example (dot) com', 'example.com'],
    ],
    'bracketed dots',
  ],
  [
    'en',
    'Click hxxp://evil.example.biz',
    [['link-insecure', 'hxxp://evil.example.biz', 'evil.example.biz']],
    'defanged schemes are still links',
  ],
  ['en', 'javascript:alert(1)', [['link-insecure', 'javascript:alert(1)']], 'script URLs'],
  [
    'ja',
    '詳細はhttp://example.jp/itemをご覧ください',
    [['link-insecure', 'http://example.jp/item', 'example.jp']],
    'Japanese text right after the URL ends it',
  ],
  [
    'ja',
    'ｈｔｔｐ：／／ｅｘａｍｐｌｅ．ｊｐ へ',
    [['link-insecure', 'ｈｔｔｐ：／／ｅｘａｍｐｌｅ．ｊｐ', 'example.jp']],
    'full-width http, span in the original text',
  ],
  [
    'ja',
    '「example ドット com」で検索',
    [['link-insecure', 'example ドット com', 'example.com']],
    'ドット for the dot',
  ],
  [
    'ja',
    'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏ．ｊｐをご覧ください',
    [['link-insecure', 'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏ．ｊｐ', 'www.example.co.jp']],
    'full-width www',
  ],
  ['zh', '请访问example点com购买', [['link-insecure', 'example点com', 'example.com']], '点 for the dot'],
  [
    'zh',
    '官网：http://shop.example.cn',
    [['link-insecure', 'http://shop.example.cn', 'shop.example.cn']],
    'Chinese full-width colon before a URL',
  ],
  [
    'ko',
    '자세한 내용은 example 닷 kr 참고',
    [['link-insecure', 'example 닷 kr', 'example.kr']],
    '닷 for the dot',
  ],
  [
    'ko',
    'http://example.co.kr/event 에서 확인하세요',
    [['link-insecure', 'http://example.co.kr/event', 'example.co.kr']],
    'Korean after a space',
  ],
  // link-insecure: negatives (ordinary prose)
  [
    'en',
    'e.g. the No.5 model, 3.5 kg, see invoice.pdf and manual.zip, v1.2.3, Mr.Smith',
    [],
    'abbreviations, decimals, file names, versions',
  ],
  ['en', 'It arrived.It works now.So I am happy', [], 'sentences typed without a space are not hosts'],
  ['en', 'I will check the details at 3pm.', [], 'no dot-word, no TLD'],
  ['ja', '商品No.5は3.5kgです。説明書.pdfを添付します。', [], 'Japanese prose with dots'],
  ['zh', '重量3.5公斤，型号V2.0，说明书.pdf已附上', [], 'Chinese prose with dots'],
  ['ko', '무게는 3.5kg이고 모델 No.5입니다. 설명서.pdf 첨부', [], 'Korean prose with dots'],
  [
    'ja',
    'Amazon.co.jpのメッセージからご連絡ください',
    [['link-insecure', 'Amazon.co.jp', 'amazon.co.jp']],
    'a bare marketplace domain is still a domain (unless allowed, next table)',
  ],
  // link-unconfirmed
  [
    'en',
    'Track it at https://track.example.com/123',
    [['link-unconfirmed', 'https://track.example.com/123', 'track.example.com']],
    'https but nobody confirmed it',
  ],
  [
    'ja',
    'こちら：ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ａ',
    [['link-unconfirmed', 'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ａ', 'example.com']],
    'full-width https',
  ],
  [
    'zh',
    '退货说明：https://help.example.cn/return',
    [['link-unconfirmed', 'https://help.example.cn/return', 'help.example.cn']],
    'Chinese',
  ],
  [
    'ko',
    '반품 안내: https://help.example.kr/return',
    [['link-unconfirmed', 'https://help.example.kr/return', 'help.example.kr']],
    'Korean',
  ],
  [
    'en',
    'https://amazon.co.jp@evil.example/x',
    [['link-unconfirmed', 'https://amazon.co.jp@evil.example/x', 'evil.example']],
    'userinfo trick: the real host is reported',
  ],
  ['en', 'Return here: https://www.amazon.co.jp/gp/help/returns', [], 'confirmed as needed for the order'],
  ['ja', '追跡：https://toi.kuronekoyamato.co.jp/cgi-bin/tneko', [], 'subdomain of an allowed domain'],
  ['zh', '查询：https://www.kuronekoyamato.co.jp/', [], 'allowed domain, Chinese'],
  ['ko', '조회: https://kuronekoyamato.co.jp/track', [], 'allowed domain, Korean'],
  ['ja', 'kuronekoyamato.co.jpで追跡できます', [], 'a bare mention of an allowed domain is not flagged'],
  // link-own-site
  [
    'en',
    'Shop more at https://myshop.jp/sale',
    [['link-own-site', 'https://myshop.jp/sale', 'myshop.jp']],
    'own site replaces unconfirmed',
  ],
  [
    'ja',
    '当店サイト https://www.myshop.jp/ もどうぞ',
    [['link-own-site', 'https://www.myshop.jp/', 'www.myshop.jp']],
    'subdomain of the own site',
  ],
  [
    'zh',
    '本店网站 myshop dot jp',
    [
      ['link-insecure', 'myshop dot jp', 'myshop.jp'],
      ['link-own-site', 'myshop dot jp', 'myshop.jp'],
    ],
    'hidden own site: both reasons',
  ],
  [
    'ko',
    '저희 사이트 http://shop.myshop.jp',
    [
      ['link-insecure', 'http://shop.myshop.jp', 'shop.myshop.jp'],
      ['link-own-site', 'http://shop.myshop.jp', 'shop.myshop.jp'],
    ],
    'http own site',
  ],
  [
    'en',
    'not my site: https://notmyshop.jp/',
    [['link-unconfirmed', 'https://notmyshop.jp/', 'notmyshop.jp']],
    'suffix without a dot is not a subdomain',
  ],
];

describe('link rules', () => {
  it.each(CASES)('%s: %s', (_lang, body, expected) => {
    const hits = bodyHits(body, SETTINGS, { confirmedLinks: CONFIRMED });
    expect(sameHits(hits, expected)).toEqual(asTuples(expected));
  });

  it('covers every language with a positive and a negative case per rule', () => {
    for (const lang of ['ja', 'zh', 'ko', 'en'] as const) {
      const mine = CASES.filter((c) => c[0] === lang);
      expect(mine.some((c) => c[2].length > 0)).toBe(true);
      expect(mine.some((c) => c[2].length === 0)).toBe(true);
    }
  });
});

// [setting change, body, expected rules, why]
const SWITCHES: Array<[string, Record<string, unknown>, string, string[], string]> = [
  [
    'own-site off',
    { disabledRules: ['link-own-site'] },
    'https://myshop.jp/x',
    ['link-unconfirmed'],
    'the own site still needs confirming',
  ],
  [
    'allowed has no say on own',
    { allowedDomains: ['myshop.jp'] },
    'https://myshop.jp/x',
    ['link-own-site'],
    'own site wins over allowed',
  ],
  [
    'insecure off',
    { disabledRules: ['link-insecure'] },
    'http://example.com',
    [],
    'the switch turns the rule off',
  ],
  [
    'allowed entry typed as a URL',
    { allowedDomains: ['https://Example.com/'] },
    'https://shop.example.com/a',
    [],
    'settings entries are normalised',
  ],
];

describe('link rule settings', () => {
  it.each(SWITCHES)('%s', (_name, settings, body, rules) => {
    const base = { ownDomains: ['myshop.jp'], allowedDomains: [] as string[] };
    expect(bodyHits(body, { ...base, ...settings }).map((h) => h[0])).toEqual(rules);
  });
});
