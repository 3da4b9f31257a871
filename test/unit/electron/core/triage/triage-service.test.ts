import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SAMPLES } from '../../../../../electron/core/demo/samples/index.js';
import { demoMessageId } from '../../../../../electron/core/demo/demo-sample.js';
import { openHelpdesk, type Helpdesk } from '../../../../../electron/core/helpdesk.js';
import { MemorySecretStore } from '../../../../../electron/core/secrets/memory-secret-store.js';
import type { Result } from '../../../../../shared/api/result.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { triageMarksOf } from '../../../../../shared/domain/triage/keywords.js';

/*
 * The core's triage on the demo mailbox: every buyer message is judged in the background, a
 * correction is learnt at once and survives a restart, and a reset gives the model's own verdict back.
 */

const NOW = new Date('2024-06-10T03:00:00.000Z');
let dir = '';
let desk: Helpdesk;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function open(): Promise<Helpdesk> {
  return openHelpdesk({ dataDir: dir, secrets: new MemorySecretStore(), clock: { now: () => NOW } });
}

async function metas(d: Helpdesk): Promise<MessageMeta[]> {
  const { items } = value(await d['messages:list']({ view: 'all', limit: 500 }));
  return Promise.all(items.map(async (i) => value(await d['messages:get']({ id: i.id })).meta));
}

/** The keeper works off the caller's stack: poll until every buyer message has a verdict. */
async function judged(d: Helpdesk): Promise<MessageMeta[]> {
  for (let i = 0; i < 200; i++) {
    const all = await metas(d);
    const buyers = all.filter((m) => m.automated === 'none');
    if (buyers.length > 0 && buyers.every((m) => m.triage !== null)) return buyers;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the keeper did not finish');
}

const byKey = (all: MessageMeta[], key: string): MessageMeta => {
  const meta = all.find((m) => m.messageId === demoMessageId(key));
  if (!meta) throw new Error(`no demo message ${key}`);
  return meta;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triage-core-'));
  desk = await open();
  value(await desk['demo:load']({}));
});

afterAll(async () => {
  await desk.close();
  await rm(dir, { recursive: true, force: true });
});

describe('triage in the core (demo mailbox)', () => {
  it('judges every buyer message, and agrees with the demo’s own labels on nearly all', async () => {
    const buyers = await judged(desk);
    const labelled = DEMO_SAMPLES.filter((s) => s.mailbox !== 'sent' && s.kind !== 'notice');
    const wrong = labelled.filter((s) => byKey(buyers, s.key).triage?.category !== s.kind);
    expect(wrong.length / labelled.length).toBeLessThanOrEqual(0.1);
    expect(buyers.every((m) => (m.triage?.cues.length ?? 0) > 0 || m.triage?.uncertain)).toBe(true);
  });

  const corrections = [
    { key: 'ja-sato-broken', to: 'inquiry' as const, why: 'a complaint staff read as a question' },
    { key: 'en-garcia-thanks', to: 'complaint' as const, why: 'thanks staff read as a complaint' },
  ];
  it.each(corrections)('a correction ($why) is learnt at once and listed for review', async ({ key, to }) => {
    const before = byKey(await judged(desk), key);
    expect(before.triage?.category).not.toBe(to);
    value(await desk['triage:act']({ ids: [before.id], action: { kind: 'set-category', category: to } }));
    const after = value(await desk['messages:get']({ id: before.id })).meta;
    expect(triageMarksOf(after.flags).category).toBe(to); // the shared keyword
    expect(after.triage?.category).toBe(to); // this desk's model learnt it
    const listed = value(await desk['triage:corrections']({})).corrections.map((c) => [
      c.messageId,
      c.category,
    ]);
    expect(listed).toContainEqual([before.id, to]);
  });

  it('after a restart the model still knows the corrections; a reset gives its own verdict back', async () => {
    await desk.close();
    desk = await open();
    const all = await judged(desk);
    const sato = byKey(all, 'ja-sato-broken');
    expect(value(await desk['triage:corrections']({})).corrections).toHaveLength(corrections.length);
    expect(sato.triage?.category).toBe('inquiry');
    expect(value(await desk['triage:reset-corrections']({ messageIds: [sato.id] })).removed).toBe(1);
    expect(value(await desk['messages:get']({ id: sato.id })).meta.triage?.category).toBe('complaint');
    expect(value(await desk['triage:reset-corrections']({ messageIds: null })).removed).toBe(1);
    expect(value(await desk['triage:corrections']({})).corrections).toEqual([]);
  });
});
