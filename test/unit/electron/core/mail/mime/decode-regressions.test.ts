import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseMessage } from '../../../../../../electron/core/mail/mime/parse-message.js';
import { toIso2022Jp } from '../../../../../support/mime-fixtures.js';

const jisWord = (text: string): string => `=?ISO-2022-JP?B?${toIso2022Jp(text).toString('base64')}?=`;

function message(headers: string[], body: Buffer, charset: string): Buffer {
  const head = [
    ...headers,
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${charset}`,
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ];
  return Buffer.concat([Buffer.from(head.join('\r\n'), 'latin1'), body]);
}

describe('decoding regressions found by the demo mailbox', () => {
  it.each([
    [
      'windows-1252 body: curly quote, en dash, euro (Node 20 TextDecoder reads it as Latin-1)',
      message(['Subject: Damaged'], iconv.encode('I’ve paid €25 – please help', 'win1252'), 'windows-1252'),
      'I’ve paid €25 – please help',
    ],
    [
      'iso-8859-1 label on windows-1252 bytes (Outlook does this): WHATWG maps the label to 1252',
      message(['Subject: Damaged'], iconv.encode('It’s broken', 'win1252'), 'iso-8859-1'),
      'It’s broken',
    ],
  ])('%s', async (_why, raw, expected) => {
    expect((await parseMessage(raw)).text).toContain(expected);
  });

  it.each([
    [
      'two words (a mailer splitting a long subject)',
      [jisWord('ご注文の商品が'), jisWord('届いておりません')],
      'ご注文の商品が届いておりません',
    ],
    [
      'three words with ① (NEC row 13)',
      [jisWord('至急①'), jisWord('返品の'), jisWord('お願い')],
      '至急①返品のお願い',
    ],
  ])('ISO-2022-JP subject split into %s decodes without U+FFFD', async (_why, words, expected) => {
    const raw = message([`Subject: ${words.join('\r\n ')}`], Buffer.from('body'), 'us-ascii');
    const parsed = await parseMessage(raw);
    expect(parsed.subject).toBe(expected);
  });
});
