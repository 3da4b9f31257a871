import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { toIso2022Jp } from '../../electron/core/demo/encode.js';

/*
 * Raw RFC 5322 messages built in code, so each fixture reads as source text. Bodies and
 * headers are encoded into the target charset here; integration tests seed the same bytes
 * into a real IMAP server.
 */

export interface CharsetFixture {
  name: string;
  raw: Buffer;
  expectSubject: string;
  /** A substring of the decoded text body. */
  expectText: string;
  expectFromName?: string;
  expectFilename?: string;
  /** The charset parseMessage should report for the body. */
  expectCharset?: string;
}

export const ORDER_ID = '503-1234567-1234567';
const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.com';

// ISO-2022-JP as Outlook writes it (CP50221), NEC row 13 (①, №, ㈱) included: the encoder the
// app ships for its demo mailbox, so fixtures and demo can never disagree.
export { toIso2022Jp };

export function encode(text: string, charset: string): Buffer {
  return /^iso-2022-jp$/i.test(charset) ? toIso2022Jp(text) : iconv.encode(text, charset);
}

/** One RFC 2047 B word. */
export function bWord(text: string, charset: string): string {
  return `=?${charset}?B?${encode(text, charset).toString('base64')}?=`;
}

export interface MessageSpec {
  headers: (string | Buffer)[];
  body: Buffer | string;
  contentType?: string;
  transferEncoding?: string;
}

/** Header lines, MIME headers and body joined with CRLF; Buffers keep raw 8-bit bytes. */
export function buildMessage(spec: MessageSpec): Buffer {
  const lines: Buffer[] = spec.headers.map((h) => (typeof h === 'string' ? Buffer.from(h, 'latin1') : h));
  lines.push(Buffer.from('MIME-Version: 1.0'));
  if (spec.contentType) lines.push(Buffer.from(`Content-Type: ${spec.contentType}`));
  if (spec.transferEncoding) lines.push(Buffer.from(`Content-Transfer-Encoding: ${spec.transferEncoding}`));
  const body = typeof spec.body === 'string' ? Buffer.from(spec.body, 'latin1') : spec.body;
  return Buffer.concat([...lines.flatMap((l) => [l, Buffer.from('\r\n')]), Buffer.from('\r\n'), body]);
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function standard(id: string, from: string): string[] {
  return [
    `From: ${from}`,
    'To: shop@example.com',
    `Message-ID: <${id}@marketplace.amazon.com>`,
    'Date: Tue, 02 Jan 2024 10:00:00 +0900',
  ];
}

/** A body in `charset` sent as 8bit (or 7bit for ISO-2022-JP). */
function textMessage(
  id: string,
  from: string,
  subject: string | Buffer,
  body: string,
  charset: string,
  label = charset,
) {
  const subjectLine =
    typeof subject === 'string' ? `Subject: ${subject}` : Buffer.concat([Buffer.from('Subject: '), subject]);
  return buildMessage({
    headers: [...standard(id, from), subjectLine],
    contentType: label === '' ? 'text/plain' : `text/plain; charset=${label}`,
    transferEncoding: /iso-2022-jp/i.test(charset) ? '7bit' : '8bit',
    body: Buffer.concat([encode(body, charset), Buffer.from('\r\n')]),
  });
}

const JA_COMPLAINT = `お世話になっております。注文番号 ${ORDER_ID} の商品が本日届きましたが、箱が潰れており中身が破損しておりました。お手数ですが、交換または返金のご対応をお願いできますでしょうか。`;
const JA_MS = `①外箱の破損 ②本体の傷\u3000№12 株式会社→㈱\u3000届け日：1月5日～6日\u3000ｶﾞﾀﾂｷ有り`;
const ZH_HANS = `您好，请问订单 ${ORDER_ID} 的产品有红色的吗？什么时候发货？`;
const ZH_HANT = `您好，請問訂單 ${ORDER_ID} 的產品有紅色的嗎？甚麼時候出貨？`;
const KO = `안녕하세요. 주문번호 ${ORDER_ID} 상품 문의드립니다. 빨간색도 있나요?`;

function multipartWithFile(
  id: string,
  subject: string,
  dispositionParams: string,
  typeParams: string,
): Buffer {
  const body = [
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(`破損した商品の写真を添付します。${ORDER_ID}`)),
    '--b1',
    `Content-Type: image/jpeg;${typeParams}`,
    `Content-Disposition: attachment;${dispositionParams}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.alloc(1500, 0xab)),
    '--b1--',
    '',
  ].join('\r\n');
  return buildMessage({
    headers: [
      ...standard(id, `${bWord('山田 太郎', 'utf-8')} <${BUYER}>`),
      `Subject: ${bWord(subject, 'utf-8')}`,
    ],
    contentType: 'multipart/mixed; boundary="b1"',
    body,
  });
}

function splitWord(text: string, at: number, charset = 'utf-8'): string {
  const bytes = encode(text, charset);
  const a = bytes.subarray(0, at).toString('base64');
  const b = bytes.subarray(at).toString('base64');
  return `=?${charset}?B?${a}?=\r\n =?${charset}?B?${b}?=`;
}

/** Every charset case the MIME layer must read; shared with the IMAP integration tests. */
export function charsetFixtures(): CharsetFixture[] {
  const utf8Body = Buffer.from(`${JA_COMPLAINT}\r\n`);
  return [
    {
      name: 'utf-8 Japanese complaint (base64 body, B subject)',
      raw: buildMessage({
        headers: [
          ...standard('u1', `${bWord('山田 太郎', 'utf-8')} <${BUYER}>`),
          `Subject: ${bWord('商品破損について', 'utf-8')}`,
        ],
        contentType: 'text/plain; charset=UTF-8',
        transferEncoding: 'base64',
        body: base64Lines(utf8Body),
      }),
      expectSubject: '商品破損について',
      expectText: `注文番号 ${ORDER_ID} の商品が本日届きましたが`,
      expectFromName: '山田 太郎',
      expectCharset: 'utf-8',
    },
    {
      name: 'iso-2022-jp with Microsoft extensions (①№㈱～, half-width kana)',
      raw: textMessage(
        'j1',
        `${bWord('佐藤 花子', 'iso-2022-jp')} <${BUYER}>`,
        bWord('【至急】商品破損①～', 'iso-2022-jp'),
        `${JA_COMPLAINT}\r\n${JA_MS}`,
        'iso-2022-jp',
        'ISO-2022-JP',
      ),
      expectSubject: '【至急】商品破損①～',
      expectText: JA_MS,
      expectFromName: '佐藤 花子',
      expectCharset: 'iso-2022-jp',
    },
    {
      name: 'shift_jis / cp932 with ～, ① and IBM 髙',
      raw: textMessage(
        's1',
        `${bWord('髙橋 一郎', 'shift_jis')} <${BUYER}>`,
        bWord('返品のお願い①', 'shift_jis'),
        `${JA_COMPLAINT}\r\n髙橋です。1月5日～6日に①を確認。`,
        'cp932',
        'Shift_JIS',
      ),
      expectSubject: '返品のお願い①',
      expectText: '髙橋です。1月5日～6日に①を確認。',
      expectFromName: '髙橋 一郎',
      expectCharset: 'shift_jis',
    },
    {
      name: 'euc-jp with Q-encoded subject',
      raw: textMessage(
        'e1',
        `<${BUYER}>`,
        `=?EUC-JP?Q?${[...encode('配送について', 'euc-jp')].map((b) => `=${b.toString(16).toUpperCase()}`).join('')}?=`,
        JA_COMPLAINT,
        'euc-jp',
        'EUC-JP',
      ),
      expectSubject: '配送について',
      expectText: '箱が潰れており中身が破損しておりました',
      expectCharset: 'euc-jp',
    },
    {
      name: 'gb2312 label carrying GBK-only characters (镕, 堃)',
      raw: textMessage(
        'g1',
        `${bWord('王镕堃', 'gbk').replace('gbk', 'gb2312')} <${BUYER}>`,
        bWord('产品咨询 镕', 'gbk').replace('gbk', 'GB2312'),
        `${ZH_HANS}\r\n联系人：王镕堃`,
        'gbk',
        'gb2312',
      ),
      expectSubject: '产品咨询 镕',
      expectText: '联系人：王镕堃',
      expectFromName: '王镕堃',
      expectCharset: 'gb18030',
    },
    {
      name: 'gb18030 four-byte characters (㐀)',
      raw: textMessage('g2', `<${BUYER}>`, bWord('咨询㐀', 'gb18030'), `${ZH_HANS}\r\n生僻字：㐀`, 'gb18030'),
      expectSubject: '咨询㐀',
      expectText: '生僻字：㐀',
      expectCharset: 'gb18030',
    },
    {
      name: 'big5 with HKSCS (㗎)',
      raw: textMessage(
        'b1',
        `<${BUYER}>`,
        bWord('產品查詢', 'big5'),
        `${ZH_HANT}\r\n好靚㗎`,
        'big5hkscs',
        'big5',
      ),
      expectSubject: '產品查詢',
      expectText: '好靚㗎',
      expectCharset: 'big5',
    },
    {
      name: 'euc-kr label carrying CP949-only hangul (똠)',
      raw: textMessage(
        'k1',
        `${bWord('김똠방', 'cp949').replace('cp949', 'euc-kr')} <${BUYER}>`,
        bWord('상품 문의', 'euc-kr'),
        `${KO}\r\n똠방각하`,
        'cp949',
        'euc-kr',
      ),
      expectSubject: '상품 문의',
      expectText: '빨간색도 있나요?',
      expectFromName: '김똠방',
      expectCharset: 'euc-kr',
    },
    {
      name: 'ks_c_5601-1987 (Outlook Korean label)',
      raw: textMessage(
        'k2',
        `<${BUYER}>`,
        bWord('배송 문의', 'cp949').replace('cp949', 'ks_c_5601-1987'),
        `${KO}\r\n똠방각하`,
        'cp949',
        'ks_c_5601-1987',
      ),
      expectSubject: '배송 문의',
      expectText: '똠방각하',
      expectCharset: 'euc-kr',
    },
    {
      name: 'multi-byte character split across two encoded words',
      raw: textMessage(
        'x1',
        `${splitWord('山田太郎', 4)} <${BUYER}>`,
        splitWord('商品が破損していました', 7),
        JA_COMPLAINT,
        'utf-8',
      ),
      expectSubject: '商品が破損していました',
      expectText: ORDER_ID,
      expectFromName: '山田太郎',
    },
    {
      name: 'Q encoding with underscores, missing closing ?=',
      raw: textMessage(
        'x2',
        `<${BUYER}>`,
        '=?utf-8?Q?Order_status=3F_=E6=B3=A8=E6=96=87',
        'Where is my order?',
        'utf-8',
      ),
      expectSubject: 'Order status? 注文',
      expectText: 'Where is my order?',
    },
    {
      name: 'raw 8-bit Shift_JIS subject and From name (no encoded words)',
      raw: textMessage(
        'x3',
        Buffer.concat([encode('鈴木 次郎', 'cp932'), Buffer.from(` <${BUYER}>`)]).toString('latin1'),
        encode('注文した商品が届きません', 'cp932'),
        JA_COMPLAINT,
        'cp932',
        'shift_jis',
      ),
      expectSubject: '注文した商品が届きません',
      expectText: '交換または返金のご対応',
      expectFromName: '鈴木 次郎',
    },
    {
      name: 'raw ISO-2022-JP escape sequences in Subject',
      raw: textMessage('x4', `<${BUYER}>`, toIso2022Jp('お届け日の確認'), JA_COMPLAINT, 'iso-2022-jp'),
      expectSubject: 'お届け日の確認',
      expectText: '箱が潰れており',
    },
    {
      name: 'missing charset label, Shift_JIS body (guessed)',
      raw: textMessage('x5', `<${BUYER}>`, 'Damaged item', JA_COMPLAINT, 'cp932', ''),
      expectSubject: 'Damaged item',
      expectText: `注文番号 ${ORDER_ID} の商品`,
      expectCharset: 'shift_jis',
    },
    {
      name: 'wrong label iso-8859-1, body really Shift_JIS',
      raw: textMessage('x6', `<${BUYER}>`, 'Re: inquiry', JA_COMPLAINT, 'cp932', 'iso-8859-1'),
      expectSubject: 'Re: inquiry',
      expectText: '中身が破損しておりました',
      expectCharset: 'shift_jis',
    },
    {
      name: 'label us-ascii with 8-bit GBK body',
      raw: textMessage('x7', `<${BUYER}>`, 'question', `${ZH_HANS}\r\n${ZH_HANS}`, 'gbk', 'us-ascii'),
      expectSubject: 'question',
      expectText: '的产品有红色的吗',
      expectCharset: 'gb18030',
    },
    {
      name: 'HTML-only message turned into text',
      raw: buildMessage({
        headers: [...standard('h1', `<${BUYER}>`), `Subject: ${bWord('お問い合わせ', 'utf-8')}`],
        contentType: 'text/html; charset=utf-8',
        transferEncoding: 'base64',
        body: base64Lines(
          Buffer.from(
            `<html><body><p>お世話になっております。</p><p>注文番号&nbsp;<b>${ORDER_ID}</b>について</p></body></html>`,
          ),
        ),
      }),
      expectSubject: 'お問い合わせ',
      expectText: `${ORDER_ID}について`,
    },
    {
      name: 'RFC 2231 filename with continuations (filename*0*=, filename*1*=)',
      raw: multipartWithFile(
        'f1',
        '破損写真',
        ` filename*0*=UTF-8''%E7%A0%B4%E6%90%8D; filename*1*=%E5%86%99%E7%9C%9F.jpg`,
        '',
      ),
      expectSubject: '破損写真',
      expectText: '破損した商品の写真を添付します。',
      expectFilename: '破損写真.jpg',
    },
    {
      name: 'RFC 2047 filename split across encoded words',
      raw: multipartWithFile(
        'f2',
        '写真',
        '',
        ` name="${splitWord('破損写真.jpg', 5).replace('\r\n ', ' ')}"`,
      ),
      expectSubject: '写真',
      expectText: ORDER_ID,
      expectFilename: '破損写真.jpg',
    },
  ];
}
