import { Buffer } from 'node:buffer';
import type { DemoCharset } from './encode.js';
import { encodedWords, mailbox, textPart } from './encode.js';

export type DemoKind = 'inquiry' | 'complaint' | 'thanks' | 'spam' | 'notice' | 'reply';
export type DemoLanguage = 'ja' | 'zh' | 'ko' | 'en';

/** One shipped demo message, described as data; `buildDemoRaw` turns it into RFC 5322 bytes. */
export interface DemoSample {
  /** Stable and unique; also the Message-ID's local part. */
  key: string;
  mailbox: 'inbox' | 'sent';
  kind: DemoKind;
  language: DemoLanguage;
  /** How long before "now" it arrived: the demo always looks fresh. */
  ageMinutes: number;
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  text: string;
  charset: DemoCharset;
  /** When set the message is multipart/alternative with this HTML beside the text. */
  html?: string;
  /** The key of the message this one answers (In-Reply-To / References). */
  replyTo?: string;
  flags?: string[];
}

export const DEMO_SHOP = { name: 'Sakura Goods Store', address: 'support@sakura-goods.example' };

export function demoMessageId(key: string): string {
  return `${key}@demo.sakura-goods.example`;
}

/** RFC 5322 date with the sender's offset, like a real mailer writes it. */
function rfc5322Date(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number): string => String(n).padStart(2, '0');
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${days[local.getUTCDay()]}, ${two(local.getUTCDate())} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
}

const zoneOf: Record<DemoLanguage, number> = { ja: 540, zh: 480, ko: 540, en: 0 };

export function demoDate(sample: DemoSample, now: Date): Date {
  return new Date(now.getTime() - sample.ageMinutes * 60_000);
}

export function buildDemoRaw(sample: DemoSample, now: Date, parent: DemoSample | undefined): Buffer {
  const headers = [
    `From: ${mailbox(sample.from.name, sample.from.address, sample.charset)}`,
    `To: ${mailbox(sample.to.name, sample.to.address, sample.charset)}`,
    `Subject: ${encodedWords(sample.subject, sample.charset)}`,
    `Date: ${rfc5322Date(demoDate(sample, now), zoneOf[sample.language])}`,
    `Message-ID: <${demoMessageId(sample.key)}>`,
  ];
  if (parent) {
    headers.push(`In-Reply-To: <${demoMessageId(parent.key)}>`);
    const grand = parent.replyTo ? `<${demoMessageId(parent.replyTo)}> ` : '';
    headers.push(`References: ${grand}<${demoMessageId(parent.key)}>`);
  }
  headers.push('MIME-Version: 1.0');
  let lines: string[];
  if (sample.html === undefined) {
    lines = [...headers, ...textPart('plain', sample.text, sample.charset)];
  } else {
    const boundary = `=_demo_${sample.key}`;
    lines = [
      ...headers,
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      ...textPart('plain', sample.text, sample.charset),
      `--${boundary}`,
      ...textPart('html', sample.html, sample.charset),
      `--${boundary}--`,
    ];
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}
