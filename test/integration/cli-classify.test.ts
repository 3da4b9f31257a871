import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../electron/core/store/index.js';

/*
 * `cli classify` is relied on by scripts (issue 4 item 3): JSON lines in, one JSON line out per
 * input line, in order, as it reads. Run as the real process with a real pipe on stdin.
 */

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CLI = ['--import', 'tsx', 'electron/cli/index.ts'];

interface Run {
  code: number | null;
  stdout: string[];
  stderr: string;
}

/** Spawns the CLI, writes `input` to its stdin, closes it, collects everything. */
function runClassify(args: string[], input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, 'classify', ...args], { cwd: repoRoot });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: out.split('\n').filter((l) => l !== ''), stderr: err }),
    );
    child.stdin.end(input);
  });
}

const json = (run: Run): Array<Record<string, unknown>> =>
  run.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);
const lines = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

// [id, subject, body, expected category]: one clear message per language and category.
const CLEAR: Array<[string, string, string, string]> = [
  ['ja-inquiry', '質問', 'この商品の色違いはありますか？サイズはどうでしょうか。', 'inquiry'],
  ['ja-complaint', '破損', '届いた商品が割れて破損していました。返品と返金をお願いします。', 'complaint'],
  ['ja-thanks', 'お礼', '商品が無事に届きました。丁寧な梱包ありがとうございました。', 'thanks'],
  ['ja-spam', 'ご提案', 'SEO対策で売上アップ！無料診断 http://seo.example.biz をクリック', 'spam'],
  ['zh-inquiry', '咨询', '您好，请问这款有黑色的吗？什么时候可以发货？', 'inquiry'],
  ['zh-complaint', '破损', '收到商品发现屏幕碎了，还少了配件。我要求退货退款。', 'complaint'],
  ['zh-thanks', '感谢', '商品已经顺利收到了，质量很好，非常感谢！', 'thanks'],
  ['zh-spam', '排名', '专业刷单提升排名，日赚上千元！加微信 http://rank.example.cn', 'spam'],
  ['ko-inquiry', '상품 문의', '이 제품 다른 색상도 있나요? 사이즈가 궁금합니다.', 'inquiry'],
  ['ko-complaint', '파손', '받은 상품이 깨져서 왔습니다. 반품하고 환불해 주세요.', 'complaint'],
  ['ko-thanks', '감사합니다', '상품 잘 받았습니다. 포장도 꼼꼼하네요. 감사합니다!', 'thanks'],
  ['ko-spam', '매출 보장', '상위 노출 보장! 무료 체험 http://top.example.kr 링크를 클릭하세요.', 'spam'],
  ['en-inquiry', 'Question', 'Does this jacket come in navy blue? Is the size chart in US sizes?', 'inquiry'],
  ['en-complaint', 'Damaged', 'The mug arrived broken. I want a refund.', 'complaint'],
  ['en-thanks', 'Thank you!', 'The package arrived safely today. Thank you so much!', 'thanks'],
  ['en-spam', 'Boost sales', 'We guarantee first page ranking! Click http://seo.example.com now.', 'spam'],
];

describe('cli classify: clear messages in four languages', () => {
  let run: Run;
  beforeAll(async () => {
    run = await runClassify([], lines(CLEAR.map(([id, subject, body]) => ({ id, subject, body }))));
  });

  it('exits 0, nothing on stderr, one line per input line with the ids in input order', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(json(run).map((r) => r.id)).toEqual(CLEAR.map(([id]) => id));
  });

  it.each(CLEAR.map((c, i) => [c[0], c[3], i] as const))('%s -> %s', (_id, category, i) => {
    const row = json(run)[i];
    expect(Object.keys(row ?? {}).sort()).toEqual(['category', 'confidence', 'cues', 'id']);
    expect(row?.category).toBe(category);
    const confidence = row?.confidence as number;
    expect(confidence).toBeGreaterThan(0.6); // clear messages are not "uncertain"
    expect(confidence).toBeLessThanOrEqual(1);
    expect(Math.round(confidence * 1000) / 1000).toBe(confidence); // 3 decimals at most
    expect((row?.cues as string[]).length).toBeGreaterThan(0); // explainable
  });
});

describe('cli classify: ids, odd but valid input, bad lines', () => {
  const MB = 1024 * 1024;
  // [input line, expected output (partial), why]
  const CASES: Array<[string, Record<string, unknown>, string]> = [
    [
      '{"id":0,"subject":"Where is my order?","body":"It has not arrived."}',
      { id: 0 },
      'numeric id 0 echoed, not dropped as falsy',
    ],
    [
      '{"id":"0","subject":"","body":""}',
      { id: '0' },
      'string id stays a string; empty text is still classified',
    ],
    ['{"id":"受注-1","subject":"x","body":"y"}', { id: '受注-1' }, 'non-ASCII id echoed verbatim'],
    [
      JSON.stringify({ id: 'big', subject: 'Refund', body: 'broken '.repeat(MB / 7) }),
      { id: 'big' },
      'a 1 MB body',
    ],
    [JSON.stringify({ id: 'emoji', subject: '🙏', body: '😀😀👍🎉' }), { id: 'emoji' }, 'emoji only'],
    [
      JSON.stringify({ id: 'html', subject: '', body: '<html><body><p>返品したいです</p></body></html>' }),
      { id: 'html' },
      'HTML only',
    ],
    [
      JSON.stringify({ id: 'mixed', subject: '商品について', body: 'Is this compatible with iPhone 15?' }),
      { id: 'mixed' },
      'subject and body in different languages',
    ],
    ['{"id":"extra","subject":"a","body":"b","lang":"en"}', { id: 'extra' }, 'unknown fields are ignored'],
    ['not json', { id: null, error: 'not a JSON value' }, 'garbage'],
    ['[1,2]', { id: null, error: 'not a JSON object' }, 'an array'],
    ['null', { id: null, error: 'not a JSON object' }, 'null'],
    ['{"subject":"a","body":"b"}', { id: null, error: '"id" must be a string or a number' }, 'missing id'],
    [
      '{"id":true,"subject":"a","body":"b"}',
      { id: null, error: '"id" must be a string or a number' },
      'boolean id',
    ],
    [
      '{"id":{"n":1},"subject":"a","body":"b"}',
      { id: null, error: '"id" must be a string or a number' },
      'object id',
    ],
    ['{"id":7,"body":"b"}', { id: 7, error: '"subject" must be a string' }, 'missing subject, id known'],
    ['{"id":8,"subject":"a","body":null}', { id: 8, error: '"body" must be a string' }, 'null body'],
    ['{"id":9,"subject":1,"body":"b"}', { id: 9, error: '"subject" must be a string' }, 'numeric subject'],
    [
      '{"id":10,"subject":"Thanks","body":"arrived safely"}',
      { id: 10, category: 'thanks' },
      'a good line after bad ones still classified',
    ],
  ];
  let run: Run;
  beforeAll(async () => {
    // A blank line in the middle and CRLF line ends, as files written on Windows have.
    const input = CASES.map(([line]) => line).join('\r\n');
    run = await runClassify([], `\uFEFF${CASES[0]?.[0] ?? ''}\n\n${input}\r\n`);
  });

  it('one output line per non-blank input line (BOM and CRLF tolerated); exit 1 because some were bad', () => {
    expect(run.stdout).toHaveLength(CASES.length + 1);
    expect(json(run)[0]).toMatchObject({ id: 0, category: expect.any(String) });
    expect(run.code).toBe(1);
  });

  it.each(CASES.map(([line, expected, why], i) => [why, expected, i, line] as const))(
    '%s',
    (_why, expected, i) => {
      const row = json(run)[i + 1];
      expect(row).toMatchObject(expected);
      if ('error' in expected) expect(Object.keys(row ?? {}).sort()).toEqual(['error', 'id']);
      else expect(row).toMatchObject({ category: expect.any(String), confidence: expect.any(Number) });
    },
  );

  it('says which input lines were bad on stderr (line numbers count the blank line)', () => {
    const bad = CASES.flatMap(([, e], i) => ('error' in e ? [i + 3] : []));
    for (const n of bad) expect(run.stderr).toContain(`line ${n}: `);
    expect(run.stderr).toContain(`${bad.length} of ${CASES.length + 1} input lines could not be classified`);
  });
});

describe('cli classify: streams', () => {
  it('answers each line before stdin is closed', async () => {
    const child = spawn(process.execPath, [...CLI, 'classify'], { cwd: repoRoot });
    const received: string[] = [];
    let wake = (): void => {};
    createInterface({ input: child.stdout }).on('line', (line) => {
      received.push(line);
      wake();
    });
    const next = async (): Promise<Record<string, unknown>> => {
      while (received.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return JSON.parse(received.shift() ?? '') as Record<string, unknown>;
    };
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // If the command buffered stdin until EOF, the first read would never resolve (test timeout).
    child.stdin.write('{"id":"a","subject":"返品","body":"破損していました"}\n');
    expect(await next()).toMatchObject({ id: 'a', category: 'complaint' });
    child.stdin.write('{"id":"b","subject":"Thanks","body":"Arrived safely, thank you!"}\n');
    expect(await next()).toMatchObject({ id: 'b', category: 'thanks' });
    child.stdin.end();
    expect(await exited).toBe(0);
  });
});

describe('cli classify --data-dir: the corrections staff made', () => {
  const dirs: string[] = [];
  const held: Store[] = [];
  const corrected = { id: 'c1', subject: '商品について質問', body: 'こちらの色違いはありますか？' };
  const other = { id: 'c2', subject: 'Item arrived damaged', body: 'The mug arrived broken, refund please.' };
  let withCorrection = '';
  beforeAll(async () => {
    withCorrection = await mkdtemp(join(tmpdir(), 'cli-classify-'));
    dirs.push(withCorrection);
    const { store } = await openStore(withCorrection);
    await store.addCorrection({
      messageId: 'inbox:1:1',
      category: 'thanks',
      subject: corrected.subject,
      body: corrected.body,
      at: '2024-05-01T00:00:00.000Z',
    });
    await store.close();
  });
  afterAll(async () => {
    await Promise.all(held.map((s) => s.close()));
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  // [args, expected category of the corrected text, why]
  const RUNS: Array<[string, () => string[], string, number]> = [
    ['shipped model only', () => [], 'inquiry', 0.6],
    ['with the correction in DIR', () => ['--data-dir', withCorrection], 'thanks', 1],
  ];
  it.each(RUNS)('%s', async (_why, args, category, minConfidence) => {
    const run = await runClassify(args(), lines([corrected, other]));
    expect(run.code).toBe(0);
    const [first, second] = json(run);
    expect(first).toMatchObject({ id: 'c1', category });
    expect(first?.confidence as number).toBeGreaterThanOrEqual(minConfidence);
    expect(second).toMatchObject({ id: 'c2', category: 'complaint' }); // others unaffected
  });

  it('the correction store is left unlocked and unchanged after the run', async () => {
    await runClassify(['--data-dir', withCorrection], lines([corrected]));
    const { store } = await openStore(withCorrection); // throws if the CLI kept the lock
    try {
      expect(store.listCorrections().map((c) => c.category)).toEqual(['thanks']);
    } finally {
      await store.close();
    }
  });

  // [why, expected exit, stderr fragment, arguments]
  const FAILURES: Array<[string, number, string, () => Promise<string[]>]> = [
    [
      'DIR held by a running app (this test process holds the lock)',
      1,
      'in use by another running process',
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'cli-classify-locked-'));
        dirs.push(dir);
        held.push((await openStore(dir)).store);
        return ['--data-dir', dir];
      },
    ],
    [
      'DIR does not exist',
      1,
      'does not exist',
      async () => ['--data-dir', join(tmpdir(), 'cli-classify-no-such-dir')],
    ],
    ['unknown option', 64, 'usage:', async () => ['--data-dri', '/tmp']],
    ['a positional argument', 64, 'usage:', async () => ['file.jsonl']],
  ];
  it.each(FAILURES)('%s -> exit %i, nothing classified', async (_why, code, message, args) => {
    const run = await runClassify(await args(), lines([corrected]));
    expect(run.code).toBe(code);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toContain(message);
  });
});
