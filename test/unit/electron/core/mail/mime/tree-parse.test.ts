import { afterAll, describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { parseAttachments, parseMessage } from '../../../../../../electron/core/mail/mime/parse-message.js';
import { parseTree, useTreeParse } from '../../../../../../electron/core/mail/mime/tree-parse.js';
import { buildMessage, charsetFixtures } from '../../../../../support/mime-fixtures.js';
import { generateCorpus } from '../../../../../../bench/corpus.js';

const crlf = (...lines: string[]): Buffer => Buffer.from(lines.join('\r\n'), 'latin1');

// Shapes where a line-by-line shortcut could go wrong: lines that look like boundaries but
// are not, boundaries with trailing blanks, parts nested in parts, no final newline.
const hostile: Array<[why: string, raw: Buffer]> = [
  [
    'body lines starting with "--" that are not boundaries',
    crlf(
      'Subject: dashes',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      '-- signature',
      '--b1x not it',
      '---',
      '--',
      '--b1--',
      '',
    ),
  ],
  [
    'boundary with trailing spaces and tabs',
    crlf(
      'Subject: ws',
      'Content-Type: multipart/alternative; boundary=zz',
      '',
      '--zz \t',
      'Content-Type: text/plain',
      '',
      'plain',
      '--zz',
      'Content-Type: text/html',
      '',
      '<p>html</p>',
      '--zz--  ',
      '',
    ),
  ],
  [
    'nested multiparts, attachment, no final CRLF',
    crlf(
      'Subject: nested',
      'Content-Type: multipart/mixed; boundary=outer',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'inner text',
      '--inner--',
      '--outer',
      'Content-Type: application/pdf; name="a.pdf"',
      'Content-Disposition: attachment; filename="a.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--outer--',
    ),
  ],
  ['headers only, no blank line', crlf('Subject: only headers', 'From: a@example.com')],
  ['a single line without a line break', Buffer.from('Subject: x', 'latin1')],
  ['LF-only line ends', Buffer.from('Subject: lf\nContent-Type: text/plain\n\nbody\n--\nsig\n', 'latin1')],
  [
    'missing closing boundary',
    crlf(
      'Subject: open',
      'Content-Type: multipart/mixed; boundary=q',
      '',
      '--q',
      'Content-Type: text/plain',
      '',
      'never closed',
    ),
  ],
  [
    'inline message/rfc822 (tree path declines, postal-mime result used)',
    crlf(
      'Subject: fwd',
      'Content-Type: multipart/mixed; boundary=m',
      '',
      '--m',
      'Content-Type: message/rfc822',
      '',
      'Subject: inner',
      '',
      'inner body',
      '--m--',
      '',
    ),
  ],
  [
    'multipart/report bounce',
    crlf(
      'Subject: bounce',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=r',
      '',
      '--r',
      'Content-Type: text/plain',
      '',
      'failed',
      '--r',
      'Content-Type: message/rfc822',
      '',
      'Subject: orig',
      '',
      'x',
      '--r--',
      '',
    ),
  ],
  [
    'boundary parameter that is empty',
    buildMessage({
      headers: ['Subject: empty boundary'],
      contentType: 'multipart/mixed; boundary=""',
      body: '--\r\nbody\r\n',
    }),
  ],
];

const b64 = (text: string): string => Buffer.from(text).toString('base64');
const part = (type: string, ...body: string[]): string[] => [
  '--B',
  `Content-Type: ${type}`,
  'Content-Transfer-Encoding: base64',
  '',
  ...body,
];
const mixed = (...lines: string[]): Buffer =>
  crlf('Subject: base64 bodies', 'Content-Type: multipart/mixed; boundary=B', '', ...lines);

// Base64 bodies are fed to the decoder many lines at a time up to the next "--" line.
const base64Bodies: Array<[why: string, raw: Buffer]> = [
  [
    'base64 text and attachment',
    mixed(
      ...part('text/plain; charset=utf-8', b64('本文です。'.repeat(30))),
      ...part('application/pdf', b64('%PDF'), b64('x'.repeat(300))),
      '--B--',
      '',
    ),
  ],
  [
    'base64 with junk, padding on every line, a blank line and a "-"',
    mixed(
      ...part('application/octet-stream', b64('ab'), '', b64('cde') + ' *', '-' + b64('f'), 'QU=JD'),
      '--B--',
      '',
    ),
  ],
  [
    'a "--" line inside base64 that is not the boundary',
    mixed(
      ...part('application/octet-stream', b64('first'), '--not-the-boundary', b64('second')),
      '--B--',
      '',
    ),
  ],
  [
    'base64 part with no closing boundary',
    mixed(...part('application/octet-stream', b64('one'), b64('two'), b64('three'))),
  ],
  [
    'empty base64 part right before the boundary',
    mixed(...part('application/octet-stream'), ...part('text/plain', b64('after')), '--B--', ''),
  ],
  [
    'LF-only line ends in base64',
    Buffer.from(
      mixed(...part('text/plain', b64('lf only'), b64('second')), '--B--', '')
        .toString('latin1')
        .replace(/\r\n/g, '\n'),
      'latin1',
    ),
  ],
  [
    'boundary line with trailing blanks after base64',
    mixed(...part('text/plain', b64('x')), '--B \t', 'Content-Type: text/plain', '', 'tail', '--B--', ''),
  ],
];

const encodedPart = (type: string, encoding: string, ...body: string[]): string[] => [
  '--B',
  `Content-Type: ${type}`,
  `Content-Transfer-Encoding: ${encoding}`,
  '',
  ...body,
];
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

// Quoted-printable and 7bit/8bit/binary bodies: line ends, stray CRs, soft breaks and dash lines
// that are not boundaries must come out of the tree path as out of parse().
const lineBodies: Array<[why: string, raw: Buffer]> = [
  [
    'quoted-printable text beside a 7bit HTML part',
    mixed(
      ...encodedPart(
        'text/plain; charset=utf-8',
        'quoted-printable',
        'caf=C3=A9 and =E2=80=99 =',
        'soft',
        'x=3D1',
      ),
      ...encodedPart('text/html; charset=utf-8', '7bit', '<p>one</p>', '', '<p>two</p>'),
      '--B--',
      '',
    ),
  ],
  [
    'a soft line break on the last line before the boundary',
    mixed(...encodedPart('text/plain', 'quoted-printable', 'first', 'ends soft='), '--B--', ''),
  ],
  [
    '"--" lines that are not the boundary inside quoted-printable and 7bit bodies',
    mixed(
      ...encodedPart('text/plain', 'quoted-printable', 'a', '-- ', '--not-it=', 'b'),
      ...encodedPart('text/plain', '7bit', '--', '---', '--Bx', 'c'),
      '--B--',
      '',
    ),
  ],
  [
    'quoted-printable with no closing boundary',
    mixed(...encodedPart('text/plain', 'quoted-printable', 'one', 't=77o')),
  ],
  [
    'an empty 7bit part right before the boundary',
    mixed(...encodedPart('text/plain', '7bit'), ...encodedPart('text/plain', '8bit', 'after'), '--B--', ''),
  ],
  [
    'LF-only line ends in quoted-printable and 7bit',
    latin1(
      mixed(
        ...encodedPart('text/plain', 'quoted-printable', 'lf =C3=A9', 'soft=', 'end'),
        ...encodedPart('text/plain', '7bit', 'x', '', 'y'),
        '--B--',
        '',
      )
        .toString('latin1')
        .replace(/\r\n/g, '\n'),
    ),
  ],
  [
    'CR CR LF line ends, a lone CR inside a line, CRs before the boundary',
    latin1(
      'Subject: crs\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n' +
        '--B\r\nContent-Transfer-Encoding: 7bit\r\n\r\na\r\r\nb\rc\r\n\r\r\r\n' +
        '--B\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nq=\r\r\nr\r\r\n' +
        '--B--\r\n',
    ),
  ],
  [
    'raw 8-bit Shift_JIS text and a binary attachment with bare CRs',
    Buffer.concat([
      latin1('Subject: 8bit\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n'),
      latin1('--B\r\nContent-Type: text/plain; charset=shift_jis\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      Buffer.from([0x82, 0xa0, 0x82, 0xa2, 0x0d, 0x0a, 0x93, 0xfa, 0x96, 0x7b, 0x0d, 0x0a]),
      latin1('--B\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n'),
      Buffer.from([0x00, 0x0d, 0x41, 0x0d, 0x0d, 0x0a, 0xff, 0x0a, 0x0d, 0x0a]),
      latin1('--B--\r\n'),
    ]),
  ],
];

const messages: Array<[why: string, raw: Buffer]> = [
  ...hostile,
  ...base64Bodies,
  ...lineBodies,
  ...charsetFixtures().map((f): [string, Buffer] => [f.name, f.raw]),
  ...generateCorpus(200).map((m, i): [string, Buffer] => [`bench message ${i}`, m.raw]),
];

describe('tree-only parse gives what postal-mime parse() gives', () => {
  afterAll(() => useTreeParse(true));

  it.each(messages)('%s', async (_why, raw) => {
    useTreeParse(false);
    const theirs = await parseMessage(raw);
    const theirAttachments = await parseAttachments(raw);
    useTreeParse(true);
    expect(await parseMessage(raw)).toEqual(theirs);
    expect(await parseAttachments(raw)).toEqual(theirAttachments);
  });

  it.each([
    ['switched off', false, crlf('Subject: a', '', 'b')],
    ['an inline message', true, hostile[7]?.[1] ?? Buffer.alloc(0)],
  ])('declines when %s', async (_why, on, raw) => {
    useTreeParse(on);
    expect(await parseTree(new PostalMime(), raw)).toBeNull();
  });

  it('reads the tree and the top-level headers of a plain message', async () => {
    useTreeParse(true);
    const result = await parseTree(new PostalMime(), crlf('Subject: hello', 'X-Two: 2', '', 'text'));
    expect(result?.headers.map((h) => [h.key, h.value])).toEqual([
      ['subject', 'hello'],
      ['x-two', '2'],
    ]);
    expect(result?.tree.texts).toHaveLength(1);
  });
});
