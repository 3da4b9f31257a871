/**
 * Facts about the marketplace's mail system, kept in one place so the buyer extractor, the
 * automated-mail classifier and the compliance checks agree on them.
 */

/** Country-code suffixes of Amazon storefronts (amazon.com, amazon.co.jp, amazon.com.au, …). */
export const AMAZON_TLDS: readonly string[] = [
  'com',
  'co.jp',
  'co.uk',
  'de',
  'fr',
  'it',
  'es',
  'nl',
  'se',
  'pl',
  'be',
  'ca',
  'com.mx',
  'com.br',
  'com.au',
  'in',
  'sg',
  'ae',
  'sa',
  'eg',
  'com.tr',
  'cn',
];

const TLD_ALTERNATION = AMAZON_TLDS.map((t) => t.replace(/\./g, '\\.')).join('|');

/**
 * The relay domain buyers write from: `<random>@marketplace.amazon.<tld>`. The seeds describe
 * the local part as a random token (`t969vz2jn3bdsy7`, 15 characters); we accept 6–64
 * lower-case alphanumerics so a longer or shorter token in another storefront still counts.
 */
export const RELAY_ADDRESS = new RegExp(`^([a-z0-9]{6,64})@marketplace\\.amazon\\.(?:${TLD_ALTERNATION})$`);

/** Any address at an Amazon storefront domain or one of its subdomains, relay included. */
export const AMAZON_ADDRESS = new RegExp(`@(?:[a-z0-9-]+\\.)*amazon\\.(?:${TLD_ALTERNATION})$`);

/**
 * Local parts Amazon uses for its own automated mail. A relay-shaped address with one of these
 * (`noreply@marketplace.amazon.com`) is the marketplace talking, never a buyer.
 */
export const SYSTEM_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'noreply',
  'no-reply',
  'donotreply',
  'do-not-reply',
  'auto-confirm',
  'autoconfirm',
  'ship-confirm',
  'shipconfirm',
  'seller-notification',
  'sellernotification',
  'payments-messages',
  'marketplace-messages',
  'seller-performance',
  'store-news',
  'mailer-daemon',
  'postmaster',
  'notification',
  'notifications',
]);

/** Display names Amazon gives its own senders, compared lower-cased. */
export const MARKETPLACE_SENDER_NAME =
  /^(?:amazon(?:\.[a-z.]+)?|amazon (?:seller central|marketplace|payments|services)|amazon マーケットプレイス|amazon セラーセントラル|アマゾン)$/i;
