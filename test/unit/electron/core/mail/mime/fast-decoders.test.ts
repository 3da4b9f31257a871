import { afterAll, describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { useFastDecoders } from '../../../../../../electron/core/mail/mime/fast-decoders.js';
import { parseMessage } from '../../../../../../electron/core/mail/mime/parse-message.js';
import { generateCorpus } from '../../../../../../bench/corpus.js';

// Every case is decoded twice, by postal-mime's own decoders and by ours; the bytes must match.
async function partContent(encoding: string, body: Buffer, fast: boolean): Promise<Buffer> {
  useFastDecoders(fast);
  const head = Buffer.from(
    `Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n`,
    'latin1',
  );
  const parser = new PostalMime();
  await parser.parse(Buffer.concat([head, body]));
  const root: unknown = Reflect.get(parser, 'root');
  const content: unknown = typeof root === 'object' && root !== null ? Reflect.get(root, 'content') : null;
  if (!(content instanceof ArrayBuffer)) throw new Error('no part content');
  return Buffer.from(content);
}

const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');
const wrapped = (bytes: Buffer): string => (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
const bigBinary = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256));

const cases: Array<[why: string, encoding: string, body: Buffer]> = [
  ['clean base64, CRLF lines of 76', 'base64', Buffer.from(wrapped(Buffer.from('Hello, 世界! '.repeat(40))))],
  ['base64 larger than postal-mime 100 KB chunk', 'base64', Buffer.from(wrapped(bigBinary))],
  [
    'padding on every line (units decoded one by one)',
    'base64',
    Buffer.from(`${b64('ab')}\r\n${b64('cde')}\r\n${b64('f')}`),
  ],
  ['padding in the middle of a line', 'base64', Buffer.from(`${b64('a')}${b64('bc')}${b64('d')}`)],
  ['base64url "-" (not base64: dropped)', 'base64', Buffer.from('QU-JDRk\r\nQUJD')],
  ['base64url "_" (not base64: dropped)', 'base64', Buffer.from('QUJD_Rk\r\nQUJD')],
  ['junk, spaces and tabs inside lines', 'base64', Buffer.from('QU*J D\tRE.V\r\nG"Rw==')],
  [
    '8-bit bytes between digits',
    'base64',
    Buffer.concat([Buffer.from('QUJ'), Buffer.from([0xe3, 0x81, 0xff]), Buffer.from('DREVG')]),
  ],
  ['a lone trailing digit (truncated group)', 'base64', Buffer.from('QUJDR')],
  ['two and three trailing digits', 'base64', Buffer.from('QUJDRA\r\nQUJDREU')],
  ['LF-only line ends and blank lines', 'base64', Buffer.from(`${b64('first')}\n\n${b64('second part')}\n`)],
  ['only padding', 'base64', Buffer.from('====')],
  ['empty body', 'base64', Buffer.from('')],
  ['digits after the final padding', 'base64', Buffer.from('QQ==\r\nQkM=\r\nRA')],
  ['8bit text', '8bit', Buffer.from('line one\r\n日本語の行\r\n\r\nlast')],
  ['7bit with trailing blank lines', '7bit', Buffer.from('a\r\nb\r\n\r\n\r\n')],
  ['binary bytes, LF only', 'binary', Buffer.from([0x00, 0x0a, 0xff, 0x0d, 0x0a, 0x41])],
  ['unknown encoding passes through', 'x-uuencode', Buffer.from('begin 644 x\r\nend')],
  ['empty pass-through body', '8bit', Buffer.from('')],
  ['quoted-printable: escapes and a soft break', 'quoted-printable', Buffer.from('caf=C3=A9 =\r\nsoft=3D')],
  ['quoted-printable: lower-case hex', 'quoted-printable', Buffer.from('=e3=81=82=E3=81=84\r\nend')],
  [
    'quoted-printable: "=" before non-hex, at the end, doubled',
    'quoted-printable',
    Buffer.from('a=G1b =4 ==41 =\r\n=\r\nx=\r\n=3'),
  ],
  [
    'quoted-printable: an escape whose second digit is the soft break',
    'quoted-printable',
    Buffer.from('ab=4=\r\ncd'),
  ],
  ['quoted-printable: a lone "=" line and blank lines', 'quoted-printable', Buffer.from('=\r\n\r\n\r\nz')],
  [
    'quoted-printable: 8-bit bytes and trailing blanks kept',
    'quoted-printable',
    Buffer.concat([Buffer.from('x \t'), Buffer.from([0xe6, 0x97, 0xa5]), Buffer.from(' =\r\ny\t\r\n')]),
  ],
  [
    'quoted-printable: LF-only line ends, no final newline',
    'quoted-printable',
    Buffer.from('one=\ntwo\nthr=C3=A9e'),
  ],
  [
    'quoted-printable: a line longer than postal-mime 100 KB chunk',
    'quoted-printable',
    Buffer.from(`${'=E3=81=82ab'.repeat(30_000)}\r\n${'q'.repeat(120_000)}`),
  ],
  ['quoted-printable: empty body', 'quoted-printable', Buffer.from('')],
];

describe('fast body decoders give postal-mime bytes', () => {
  afterAll(() => {
    useFastDecoders(true);
  });

  it.each(cases)('%s', async (_why, encoding, body) => {
    const theirs = await partContent(encoding, body, false);
    const ours = await partContent(encoding, body, true);
    expect(ours.equals(theirs)).toBe(true);
    expect(ours.byteLength).toBe(theirs.byteLength);
  });

  it.each([
    [false, false],
    [true, true],
  ])('switching them on=%s reports %s and swaps the decoder', (on, expected) => {
    const proto: unknown = Object.getPrototypeOf(Reflect.get(new PostalMime(), 'root'));
    useFastDecoders(!on);
    const before: unknown = Reflect.get(proto as object, 'setupContentDecoder');
    expect(useFastDecoders(on)).toBe(expected);
    expect(Reflect.get(proto as object, 'setupContentDecoder')).not.toBe(before);
  });

  it.each([
    [
      'first 150 bench messages (ISO-2022-JP 7bit, Shift_JIS, GB18030, Big5, EUC-KR base64, UTF-8 quoted-printable)',
      0,
      150,
    ],
  ])('parseMessage is unchanged on %s', async (_why, from, to) => {
    for (const message of generateCorpus(to).slice(from)) {
      useFastDecoders(false);
      const theirs = await parseMessage(message.raw);
      useFastDecoders(true);
      const ours = await parseMessage(message.raw);
      expect(ours).toEqual(theirs);
    }
  });
});
