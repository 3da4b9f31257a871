import { Buffer } from 'node:buffer';
import { buildMessage } from './mime-fixtures.js';

/*
 * Buyer mail carrying files, for the save-an-attachment path (core, main and e2e tests). Each
 * file says how its name is written, because the name's encoding is what hostile or legacy
 * mail varies, while the bytes must come back identical whatever the encoding was.
 */

/** A small but real PDF with binary bytes in it (a header comment, as PDF writers put there). */
export const PDF_BYTES = Buffer.concat([
  Buffer.from('%PDF-1.4\n%'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0xff, 0x80]),
  Buffer.from('1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
]);

export interface MailFile {
  /** The part's Content-Disposition (or Content-Type) parameters, written out as mail has them. */
  params: string;
  contentType: string;
  content: Buffer;
  disposition?: 'attachment' | 'inline';
}

/** RFC 2231 `filename*=UTF-8''…`, percent-encoded byte by byte, as most mailers write it now. */
export function rfc2231(name: string): string {
  const encoded = [...Buffer.from(name, 'utf-8')].map(
    (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return ` filename*=UTF-8''${encoded.join('')}`;
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** multipart/mixed: a short Japanese text part, then the files in order, base64 encoded. */
export function mailWithFiles(messageId: string, subject: string, files: MailFile[]): Buffer {
  const parts = files.flatMap((f) => [
    '--b1',
    `Content-Type: ${f.contentType}`,
    `Content-Disposition: ${f.disposition ?? 'attachment'};${f.params}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(f.content),
  ]);
  const body = [
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from('請求書と説明書を添付します。注文番号 503-1234567-1234567')),
    ...parts,
    '--b1--',
    '',
  ].join('\r\n');
  return buildMessage({
    headers: [
      'From: "Buyer" <abcdefghijklmno@marketplace.amazon.co.jp>',
      'To: shop@example.com',
      `Subject: ${subject}`,
      `Message-ID: <${messageId}>`,
      'Date: Mon, 01 Jul 2024 10:00:00 +0900',
    ],
    contentType: 'multipart/mixed; boundary="b1"',
    body,
  });
}
