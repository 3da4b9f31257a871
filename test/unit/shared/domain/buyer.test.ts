import { describe, expect, it } from 'vitest';
import { cleanBuyerName, extractBuyer, isMarketplaceRelayAddress } from '../../../../shared/domain/buyer.js';
import type { Address, Buyer } from '../../../../shared/domain/message.js';

const RELAY = 't969vz2jn3bdsy7@marketplace.amazon.com';
const a = (name: string, address: string): Address => ({ name, address });

describe('isMarketplaceRelayAddress', () => {
  it.each([
    [RELAY, true, 'the example from the seeds'],
    ['T969VZ2JN3BDSY7@Marketplace.Amazon.COM', true, 'case does not matter'],
    ['abcdefghij0123456789@marketplace.amazon.co.jp', true, 'longer token, Japanese storefront'],
    ['k2m4n6p8q0r2s4t@marketplace.amazon.co.uk', true, 'UK storefront'],
    ['k2m4n6p8q0r2s4t@marketplace.amazon.com.au', true, 'Australian storefront'],
    ['k2m4n6p8q0r2s4t@marketplace.amazon.de', true, 'German storefront'],
    ['<k2m4n6p8q0r2s4t@marketplace.amazon.de>', true, 'angle brackets left on by a caller'],
    ['no-reply@amazon.com', false, 'system sender, not the relay domain'],
    ['auto-confirm@amazon.co.jp', false, 'order confirmations'],
    ['seller-notification@amazon.com', false, 'seller notices'],
    ['donotreply@marketplace.amazon.com', false, 'system local part on the relay domain'],
    ['noreply@marketplace.amazon.co.jp', false, 'system local part on the relay domain (JP)'],
    ['t969vz2jn3bdsy7@marketplace.amazon.example.com', false, 'look-alike domain'],
    ['t969vz2jn3bdsy7@marketplace-amazon.com', false, 'look-alike domain with a dash'],
    ['t969vz2jn3bdsy7@amazon.com', false, 'right token, wrong domain'],
    ['ab1@marketplace.amazon.com', false, 'too short to be a relay token'],
  ])('%s -> %s (%s)', (addr, expected) => {
    expect(isMarketplaceRelayAddress(addr)).toBe(expected);
  });
});

describe('extractBuyer', () => {
  const cases: Array<[from: Address | null, replyTo: Address[], expected: Buyer | null, why: string]> = [
    [a('山田 太郎 - Amazon Marketplace', RELAY), [], { address: RELAY, name: '山田 太郎' }, 'JP decoration'],
    [
      a('"Taro Yamada - Amazon Marketplace"', RELAY),
      [],
      { address: RELAY, name: 'Taro Yamada' },
      'quoted name',
    ],
    [a('John via Amazon', RELAY), [], { address: RELAY, name: 'John' }, '"via Amazon"'],
    [a('Jane Doe (Amazon.co.uk)', RELAY), [], { address: RELAY, name: 'Jane Doe' }, 'storefront in brackets'],
    [a('佐藤 花子 様', RELAY), [], { address: RELAY, name: '佐藤 花子' }, 'honorific left to our templates'],
    [a('Amazon Marketplace', RELAY), [], { address: RELAY, name: '' }, 'no personal name at all'],
    [a('', RELAY.toUpperCase()), [], { address: RELAY, name: '' }, 'no display name; address lower-cased'],
    [a(RELAY, RELAY), [], { address: RELAY, name: '' }, 'display name is the address itself'],
    [
      a('Taro - Amazon Marketplace', 'marketplace-messages@amazon.co.jp'),
      [a('', RELAY)],
      { address: RELAY, name: 'Taro' },
      'system From, buyer in Reply-To: name from From',
    ],
    [
      a('Shop Staff', 'staff@myshop.example'),
      [a('', RELAY)],
      { address: RELAY, name: '' },
      'a colleague forwarding: their name is not the buyer',
    ],
    [a('Amazon.co.jp', 'auto-confirm@amazon.co.jp'), [], null, 'order confirmation has no buyer'],
    [a('Mailer', 'donotreply@marketplace.amazon.com'), [], null, 'system sender on relay domain'],
    [null, [], null, 'no From header'],
    [
      a('Amazon Amazonas', RELAY),
      [],
      { address: RELAY, name: 'Amazon Amazonas' },
      'surname not eaten without a separator',
    ],
  ];
  it.each(cases)('%j %j (%s)', (from, replyTo, expected) => {
    expect(extractBuyer(from, replyTo)).toEqual(expected);
  });
});

describe('cleanBuyerName', () => {
  it.each([
    ['「鈴木」 - Amazon マーケットプレイス', '鈴木', 'Japanese brackets and katakana storefront name'],
    ['Lee Min-ho | Amazon', 'Lee Min-ho', 'pipe separator; inner hyphen kept'],
    ['王伟 - 亚马逊', '王伟', 'Chinese storefront name'],
  ])('%s -> %s (%s)', (input, expected) => {
    expect(cleanBuyerName(input)).toBe(expected);
  });
});
