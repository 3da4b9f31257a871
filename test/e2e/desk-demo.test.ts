import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_START_TIMEOUT, e2eSkipReason, startDemoDesk, type Desk } from '../support/e2e/harness.js';

/*
 * What a new seller in Tokyo does first: opens the app with no account, tries the demo mailbox,
 * switches views, reads an ISO-2022-JP mail and finds an order by its ID — the real core
 * behind the real contract, in Japanese, with nothing leaving 127.0.0.1.
 */

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

describe.skipIf(skipReason !== null)('first run → demo mailbox (Japanese UI)', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDemoDesk({ locale: 'ja' });
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await desk?.close();
  });

  it('fills the store from the shipped samples and says it is the demo', async () => {
    const info = await desk.invoke('app:info', {});
    expect(info.ok && info.value.mode).toBe('demo');
    const counts = await desk.invoke('messages:counts', {});
    expect(counts.ok && counts.value.all).toBeGreaterThan(20);
    await desk.page.getByRole('option').first().waitFor();
    await desk.screenshot('ja-demo-inbox');
  });

  it('switching to 送信済み lists our replies, which 要返信 never shows', async () => {
    const list = desk.page.getByTestId('message-list');
    expect(await list.getByText('Re: 保温ボトルの容量について').count()).toBe(0);
    await desk.page.getByText('送信済み', { exact: true }).click();
    await list.getByText('Re: 保温ボトルの容量について').first().waitFor();
    await desk.page.getByText('要返信', { exact: true }).click();
    await list.getByText('手ぬぐいの色違いの在庫について').first().waitFor();
  });

  it('opens an ISO-2022-JP mail with its Japanese text intact', async () => {
    await desk.page.getByTestId('message-list').getByText('手ぬぐいの色違いの在庫について').first().click();
    const text = desk.page
      .getByTestId('reading-pane')
      .getByTestId('mail-text')
      .filter({ hasText: '注染手ぬぐい' });
    await text.first().waitFor();
    expect(await text.first().textContent()).toContain('朱色は現在在庫がありますでしょうか');
    await desk.screenshot('ja-demo-thread');
  });

  it("opens the buyer's earlier conversation from the buyer history", async () => {
    await desk.page.getByTestId('message-list').getByText('商品が破損していました').first().click();
    const history = desk.page.getByTestId('buyer-history');
    await history.getByText('保温ボトルの容量について').first().click();
    await desk.page
      .getByTestId('reading-pane')
      .getByRole('heading', { name: '保温ボトルの容量について' })
      .waitFor();
  });

  it('finds a message by its order ID as you type', async () => {
    await desk.page.getByTestId('search-input').fill('503-2294817-6630152');
    const results = desk.page.getByTestId('search-results');
    await results.getByText('お届け日の確認').first().waitFor();
    await desk.screenshot('ja-demo-search');
  });

  it('opens a text + HTML mail with its HTML (decoded from the stored source on open)', async () => {
    await desk.page.getByText('迷惑メール', { exact: true }).click();
    await desk.page
      .getByTestId('message-list')
      .getByText('Triple your marketplace sales this summer (50% off)')
      .first()
      .click();
    const frame = desk.page.frameLocator('[data-testid=mail-frame]');
    await frame.getByRole('heading', { name: 'Triple your sales this summer!' }).waitFor();
    await desk.screenshot('ja-demo-html');
  });

  it('made no request outside its own 127.0.0.1 origin', () => {
    expect(desk.requests.filter((url) => !url.startsWith(`${desk.origin}/`))).toEqual([]);
    expect(desk.blockedRequests).toEqual([]);
    expect(desk.internalErrors).toEqual([]);
  });
});
