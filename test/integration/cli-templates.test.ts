import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/index.js';
import type { CliIo } from '../../electron/cli/output.js';
import { openStore, type IncomingMessage } from '../../electron/core/store/index.js';
import { TemplateLibrary } from '../../electron/core/templates/template-library.js';
import { STARTER_TEMPLATES } from '../../shared/domain/templates/starter/index.js';
import { message } from '../unit/electron/core/store/store-test-helpers.js';

/*
 * `cli templates` and `cli render` are relied on by scripts (issue 6): templates as JSON lines,
 * a render as one JSON object {subject, body, missing, language}; exit 1 for an unknown template
 * or message, 2 for a blocked template, 64 for usage. Run in-process through runCli over a real
 * store and library on disk.
 */

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function cli(args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    env: {},
    stdin: Readable.from([]),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const ORDERS = ['503-1111111-1111111', '503-2222222-2222222'];
const MESSAGE = 'inbox:100:2';

function inThread(uid: number, orderIds: string[]): IncomingMessage {
  const m = message({ uid, orderIds });
  return {
    ...m,
    meta: {
      ...m.meta,
      threadId: 'thread-1',
      buyer: { address: 'abc@marketplace.amazon.com', name: '山田 花子' },
    },
  };
}

const variant = (subject: string, body: string): { subject: string; body: string } => ({ subject, body });

describe('cli templates and render', () => {
  let dir = '';
  let mine = '';
  let leaky = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-templates-'));
    const { store } = await openStore(dir);
    await store.putMessages([inThread(1, [ORDERS[0] ?? '']), inThread(2, [ORDERS[1] ?? ''])]);
    await store.close();
    // Prepared as the app would leave it: the starters, the shop name, two templates of the seller's.
    const library = await TemplateLibrary.open(dir, { now: () => new Date() });
    await library.setSettings({ shopName: 'さくら雑貨店', customFields: [], reviewAfterDays: 90 });
    const base = {
      id: null,
      tags: ['配送'],
      kinds: ['inquiry' as const],
      defaultLanguage: 'ja' as const,
      reviewed: true,
    };
    mine = (
      await library.save({
        ...base,
        name: '配送予定',
        variants: {
          ja: variant(
            'ご注文 {{orderId}}',
            '{{buyerName}} 様\nご注文 {{orderIds}} は {{deliveryDate}} に届きます。\n{{shopName}}',
          ),
          en: variant(
            'Order {{orderId}}',
            'Dear {{buyerName}},\nYour order {{orderIds}} arrives on {{deliveryDate}}.\n{{shopName}}',
          ),
        },
      })
    ).id;
    leaky = (
      await library.save({
        ...base,
        name: 'leaky',
        variants: { ja: variant('s', '電話 03-1234-5678 またはメール a@example.com まで') },
      })
    ).id;
    await library.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('templates: one JSON line per template, starters first, with exactly the documented keys', async () => {
    const run = await cli(['templates', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual([...STARTER_TEMPLATES.map((t) => t.id), mine, leaky]);
    for (const line of lines)
      expect(Object.keys(line).sort()).toEqual(
        [
          'blocked',
          'defaultLanguage',
          'id',
          'kinds',
          'languages',
          'name',
          'reviewDue',
          'starter',
          'tags',
        ].sort(),
      );
    expect(lines.at(-2)).toEqual({
      id: mine,
      name: '配送予定',
      languages: ['ja', 'en'],
      defaultLanguage: 'ja',
      kinds: ['inquiry'],
      tags: ['配送'],
      blocked: false,
      reviewDue: false,
      starter: false,
    });
    expect(lines.at(-1)).toMatchObject({ id: leaky, blocked: true });
    // The shipped starters must pass the gate, or a fresh install could insert nothing.
    expect(lines.filter((l) => l.starter === true && l.blocked !== false)).toEqual([]);
  });

  // [--lang, language, body, missing, why]
  const RENDERS: Array<[string[], string, string, string[], string]> = [
    [
      [],
      'ja',
      `山田 花子 様\nご注文 ${ORDERS.join('、')} は {{deliveryDate}} に届きます。\nさくら雑貨店`,
      ['deliveryDate'],
      'the message language; the unknown date stays a placeholder',
    ],
    [
      ['--lang', 'en'],
      'en',
      `Dear 山田 花子,\nYour order ${ORDERS.join(', ')} arrives on {{deliveryDate}}.\nさくら雑貨店`,
      ['deliveryDate'],
      'the variant asked for',
    ],
    [
      ['--lang', 'ko'],
      'ja',
      `山田 花子 様\nご注文 ${ORDERS.join('、')} は {{deliveryDate}} に届きます。\nさくら雑貨店`,
      ['deliveryDate'],
      'no Korean text: the default language',
    ],
  ];
  it.each(RENDERS)('render %j -> %s (%s)', async (lang, language, body, missing) => {
    const run = await cli(['render', '--data-dir', dir, '--template', mine, '--message', MESSAGE, ...lang]);
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(1);
    expect(JSON.parse(run.stdout[0] ?? '')).toEqual({
      subject: language === 'en' ? `Order ${ORDERS[0]}` : `ご注文 ${ORDERS[0]}`,
      body,
      missing,
      language,
    });
  });

  // [args, exit code, stderr must mention, why]
  const FAILURES: Array<[() => string[], number, string, string]> = [
    [
      () => ['render', '--data-dir', dir, '--template', 'tpl-nope', '--message', MESSAGE],
      1,
      'tpl-nope',
      'unknown template',
    ],
    [
      () => ['render', '--data-dir', dir, '--template', mine, '--message', 'inbox:1:1'],
      1,
      'inbox:1:1',
      'unknown message',
    ],
    [
      () => ['render', '--data-dir', dir, '--template', leaky, '--message', MESSAGE],
      2,
      'compliance',
      'blocked template',
    ],
    [() => ['render', '--data-dir', dir, '--message', MESSAGE], 64, '--template', 'missing option'],
    [
      () => ['render', '--data-dir', dir, '--template', mine, '--message', MESSAGE, '--lang', 'fr'],
      64,
      '--lang',
      'not a template language',
    ],
    [
      () => ['templates', '--data-dir', join(dir, 'missing')],
      1,
      'does not exist',
      'no data directory: not an empty library',
    ],
    [() => ['templates'], 64, '--data-dir', 'required'],
  ];
  it.each(FAILURES)('%j -> exit %i (%s)', async (args, code, mention) => {
    const run = await cli(args());
    expect(run.code).toBe(code);
    expect(run.stdout).toEqual([]);
    expect(run.stderr.join('\n')).toContain(mention);
  });

  it('render does not count as a use', async () => {
    await cli(['render', '--data-dir', dir, '--template', mine, '--message', MESSAGE]);
    const library = await TemplateLibrary.open(dir, { now: () => new Date() });
    expect(library.get(mine)).toMatchObject({ useCount: 0, lastUsedAt: null });
    await library.close();
  });
});
