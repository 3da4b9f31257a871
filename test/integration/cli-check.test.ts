import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/index.js';
import type { CliIo } from '../../electron/cli/output.js';
import { contactRules } from '../../shared/domain/compliance/rules/contact/index.js';

/*
 * `cli check` is relied on by scripts (issue 5): one JSON draft on stdin, a JSON array of
 * findings on stdout, exit 0 sendable / 2 blocked / 1 unusable input. Run in-process through
 * runCli with a fake stdin. Rule ids are compared for the contact rules only, so the other rule
 * sets (warnings about wording) can grow without breaking this table; the exit code is whole.
 */

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function check(input: string | string[], args: string[] = []): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    env: {},
    stdin: Readable.from(typeof input === 'string' ? [Buffer.from(input, 'utf8')] : input),
  };
  const code = await runCli(['check', ...args], io);
  return { code, stdout, stderr };
}

interface OutFinding {
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  field: string;
  excerpt: string;
}

const CONTACT = new Set<string>(contactRules.map((r) => r.id));
const findingsOf = (run: Run): OutFinding[] => JSON.parse(run.stdout.join('\n')) as OutFinding[];
const ORDER = '503-1234567-1234567';

// [name, draft, exit code, contact rule ids in output order, why]
const DRAFTS: Array<[string, Record<string, unknown>, number, string[], string]> = [
  [
    'clean ja',
    { subject: 'Re: ご注文', body: `ご注文${ORDER}の件、本日発送いたしました。`, buyerLanguage: 'ja' },
    0,
    [],
    'sendable',
  ],
  [
    'clean en with tracking',
    { subject: 'Re: order', body: `Order ${ORDER} shipped, tracking 1234-5678-9012, total $1,299.00.` },
    0,
    [],
    'numbers a reply is meant to carry',
  ],
  [
    'phone ja',
    { subject: 'Re: ご注文', body: `注文${ORDER}、お電話は０９０－１２３４－５６７８まで` },
    2,
    ['phone-number'],
    'full-width phone',
  ],
  [
    'email zh',
    { subject: 'Re: 订单', body: `订单${ORDER}，请发邮件 kefu 艾特 example 点 com` },
    2,
    ['email-address'],
    'hidden email',
  ],
  [
    'http ko',
    { subject: 'Re: 주문', body: `주문 ${ORDER} http://example.co.kr 참고` },
    2,
    ['link-insecure'],
    'http link',
  ],
  [
    'unconfirmed https',
    { subject: 'Re', body: `Order ${ORDER}: https://help.example.com/returns` },
    2,
    ['link-unconfirmed'],
    'https nobody confirmed',
  ],
  [
    'confirmed https',
    {
      subject: 'Re',
      body: `Order ${ORDER}: https://help.example.com/returns`,
      confirmedLinks: ['https://help.example.com/returns'],
    },
    0,
    [],
    'confirmed in the input',
  ],
  [
    'html pixel',
    {
      subject: 'Re',
      body: `Order ${ORDER}`,
      html: `<p>Order ${ORDER}</p><img src="https://t.example.com/p.gif" width="1" height="1">`,
    },
    2,
    ['html-tracking-pixel'],
    'html is read',
  ],
  [
    'attachments',
    {
      subject: 'Re',
      body: `Order ${ORDER}`,
      attachments: [
        { filename: 'invoice.pdf', contentType: 'application/pdf', size: 1000 },
        { filename: 'x.exe', contentType: 'application/x-msdownload', size: 8 * 1024 * 1024 },
      ],
    },
    2,
    ['attachment-type', 'attachment-too-large'],
    'type and size',
  ],
];

describe('cli check: drafts', () => {
  it.each(DRAFTS)('%s -> exit %i', async (_name, draft, code, rules) => {
    const run = await check(JSON.stringify(draft));
    expect(run.code).toBe(code);
    expect(run.stdout).toHaveLength(1);
    const findings = findingsOf(run);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual([
        'end',
        'excerpt',
        'field',
        'message',
        'rule',
        'severity',
        'start',
      ]);
    }
    expect(findings.filter((f) => CONTACT.has(f.rule)).map((f) => f.rule)).toEqual(rules);
    expect(findings.some((f) => f.severity === 'block')).toBe(code === 2);
  });

  it('gives offsets into the text as written (full-width kept)', async () => {
    const body = `注文${ORDER}、電話０９０－１２３４－５６７８`;
    const [f] = findingsOf(await check(JSON.stringify({ subject: '', body }))).filter((x) =>
      CONTACT.has(x.rule),
    );
    expect(f && body.slice(f.start, f.end)).toBe('０９０－１２３４－５６７８');
  });

  it('reads a draft split across chunks, a multi-byte character cut in two', async () => {
    const json = JSON.stringify({ subject: '', body: `注文${ORDER} 電話０９０１２３４５６７８` });
    const bytes = Buffer.from(json, 'utf8');
    // One byte into the full-width ０ (3 bytes in UTF-8): decoding chunk by chunk would garble it.
    const cut = Buffer.byteLength(json.slice(0, json.indexOf('０')), 'utf8') + 1;
    const stdout: string[] = [];
    const code = await runCli(['check'], {
      out: (l) => stdout.push(l),
      err: () => undefined,
      env: {},
      stdin: Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]),
    });
    expect(code).toBe(2);
    expect(findingsOf({ code, stdout, stderr: [] }).map((f) => f.excerpt)).toContain(
      '０９０１２３４５６７８',
    );
  });
});

// [name, stdin, what stderr must say]
const MALFORMED: Array<[string, string, RegExp]> = [
  ['empty', '', /no draft on stdin/],
  ['not JSON', '{subject: "x"', /not valid JSON/],
  ['an array', '[]', /not usable/],
  ['body missing', '{"subject":"x"}', /body/],
  [
    'wrong type',
    '{"subject":"x","body":"y","attachments":[{"filename":"a","contentType":"b","size":"big"}]}',
    /attachments\.0\.size/,
  ],
  ['bad language', '{"subject":"x","body":"y","buyerLanguage":"fr"}', /buyerLanguage/],
];

describe('cli check: malformed input', () => {
  it.each(MALFORMED)('%s -> exit 1', async (_name, stdin, message) => {
    const run = await check(stdin);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr.join('\n')).toMatch(message);
  });

  it('accepts a UTF-8 BOM', async () => {
    expect((await check(`\uFEFF${JSON.stringify({ subject: '', body: `Order ${ORDER}` })}`)).code).toBe(0);
  });
});

describe('cli check: --settings', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-check-'));
    await writeFile(
      join(dir, 'ok.json'),
      JSON.stringify({ ownDomains: ['myshop.jp'], allowedDomains: ['example.com'] }),
    );
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ maxAttachmentBytes: 'lots' }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // [settings file, body, exit, contact rules]
  const CASES: Array<[string, string, number, string[]]> = [
    ['ok.json', `Order ${ORDER}: https://help.example.com/r`, 0, []],
    ['ok.json', `Order ${ORDER}: https://myshop.jp/sale`, 2, ['link-own-site']],
  ];
  it.each(CASES)('%s: %s', async (file, body, code, rules) => {
    const run = await check(JSON.stringify({ subject: '', body }), ['--settings', join(dir, file)]);
    expect(run.code).toBe(code);
    expect(
      findingsOf(run)
        .filter((f) => CONTACT.has(f.rule))
        .map((f) => f.rule),
    ).toEqual(rules);
  });

  it.each([
    ['bad.json', /maxAttachmentBytes/],
    ['missing.json', /cannot read the settings file/],
  ])('%s -> exit 1', async (file, message) => {
    const run = await check(JSON.stringify({ subject: '', body: 'x' }), ['--settings', join(dir, file)]);
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(message);
  });
});
