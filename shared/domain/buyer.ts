import type { Address, Buyer } from './message.js';
import { AMAZON_ADDRESS, MARKETPLACE_SENDER_NAME, RELAY_ADDRESS, SYSTEM_LOCAL_PARTS } from './marketplace.js';

/**
 * The buyer behind a relayed message. The relay address is stable per buyer and seller
 * (domain.md), so it is the key for a buyer's history; the display name is only for greeting.
 */

function bareAddress(addr: string): string {
  return addr.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** True for a buyer's anonymised relay address (`t969vz2jn3bdsy7@marketplace.amazon.com`), any case. */
export function isMarketplaceRelayAddress(addr: string): boolean {
  const m = RELAY_ADDRESS.exec(bareAddress(addr));
  return m !== null && !SYSTEM_LOCAL_PARTS.has(m[1] ?? '');
}

const AMAZON_WORD = '(?:amazon(?:\\.[a-z]{2,3}(?:\\.[a-z]{2})?)?|アマゾン|亚马逊|亞馬遜)';
const AMAZON_ROLE =
  '(?:\\s*(?:marketplace|マーケットプレイス|seller central|セラーセントラル|customer|buyer|購入者|买家))?';
// Amazon appends its name to the buyer's: "山田 太郎 - Amazon Marketplace", "John via Amazon",
// "Taro (Amazon.co.jp)". Only with a separator in front, so a surname is never eaten.
const DECORATION = new RegExp(
  `(?:\\s*[-–—－|:：]\\s*|\\s+(?:via|from|through|by)\\s+|\\s*[(（【\\[]\\s*)${AMAZON_WORD}${AMAZON_ROLE}\\s*[)）】\\]]?\\s*$`,
  'i',
);
// The desk adds its own honorific when it greets (templates write 「{name} 様」).
const HONORIFIC = /\s*(?:様|さま|殿)$/;
const QUOTES = /^["'“”「『]+|["'“”」』]+$/g;

/** The buyer's display name with quotes, marketplace decorations and honorifics removed; '' when nothing personal is left. */
export function cleanBuyerName(name: string, address = ''): string {
  let n = name
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(QUOTES, '')
    .trim();
  for (let i = 0; i < 3; i++) {
    const stripped = n.replace(DECORATION, '').replace(QUOTES, '').trim();
    if (stripped === n) break;
    n = stripped;
  }
  if (n.length > 1) n = n.replace(HONORIFIC, '');
  const local = bareAddress(address).split('@')[0] ?? '';
  if (n.includes('@') || MARKETPLACE_SENDER_NAME.test(n) || (local !== '' && n.toLowerCase() === local))
    return '';
  return n;
}

/**
 * The buyer of a relayed message: From when it is a relay address, otherwise the first relay
 * address in Reply-To (some storefronts send from a system address and put the buyer in
 * Reply-To; then the buyer's name is in From's display name).
 */
export function extractBuyer(from: Address | null, replyTo: Address[]): Buyer | null {
  const relay = [from, ...replyTo].find(
    (a): a is Address => a !== null && isMarketplaceRelayAddress(a.address),
  );
  if (relay === undefined) return null;
  let name = cleanBuyerName(relay.name, relay.address);
  if (name === '' && from !== null && relay !== from && AMAZON_ADDRESS.test(bareAddress(from.address))) {
    name = cleanBuyerName(from.name, from.address);
  }
  return { address: bareAddress(relay.address), name };
}
