import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_START_TIMEOUT, e2eSkipReason, type Desk } from '../support/e2e/harness.js';
import { buyerMail, sendAndWaitSent, startReplyDesk } from '../support/e2e/reply-desk.js';
import type { TestSmtpServer } from '../support/smtp-server.js';

/*
 * A seller answers a damaged-item complaint from the starter library: the damaged-item template
 * is suggested first, the Japanese variant is chosen, the buyer's name, order ID, concern, shop
 * and staff are filled in; the product name is not known, so the first insert leaves
 * {{item}} in the text and Send stays blocked; typing the product in the picker fixes it, and
 * the personalised reply is delivered once with no placeholder left in it.
 */

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const BUYER = 'q7k2m9x4c1v8b3n@marketplace.amazon.co.jp';
const SUBJECT = '届いた商品が破損していました';
const ORDER = '249-7654321-7654321';

function complaint(date: Date): Buffer {
  return buyerMail({
    from: BUYER,
    name: '鈴木 一郎',
    subject: SUBJECT,
    messageId: 'buyer-damaged@marketplace.amazon.co.jp',
    date,
    lines: [
      '本日届いた手ぬぐいの箱が潰れていて、中の商品が破れていました。',
      `注文番号は ${ORDER} です。交換か返金をお願いできますか。`,
    ],
  });
}

describe.skipIf(skipReason !== null)(
  'inserting a starter template: suggest, personalise, send (Japanese UI)',
  () => {
    let smtp: TestSmtpServer;
    let desk: Desk;
    let close: (() => Promise<void>) | undefined;

    const page = () => desk.page;
    const body = () => page().getByTestId('composer-body');

    beforeAll(async () => {
      ({ smtp, desk, close } = await startReplyDesk({
        locale: 'ja',
        inbox: [complaint(new Date(Date.now() - 2 * 3_600_000))],
      }));
      const results = [
        await desk.core['templates:set-settings']({
          shopName: '手ぬぐい本舗',
          customFields: [],
          reviewAfterDays: 90,
        }),
        await desk.core['triage:set-staff']({ me: 'sato', staff: [{ id: 'sato', name: '佐藤' }] }),
      ];
      for (const r of results) if (!r.ok) throw new Error(r.error.message);
    }, DESK_START_TIMEOUT);

    afterAll(async () => {
      await close?.();
    });

    it('suggests the damaged-item template first for the complaint, in the buyer language', async () => {
      await page()
        .getByTestId('message-list')
        .getByRole('option')
        .filter({ hasText: SUBJECT })
        .first()
        .click();
      await page().getByTestId('composer-open').click();
      await body().waitFor();
      await page().getByTestId('template-picker-open').click();
      const first = page()
        .getByTestId('template-picker')
        .locator('[data-testid^="template-suggestion-"]')
        .first();
      await expect
        .poll(() => first.getAttribute('data-testid'), { timeout: 15_000 })
        .toBe('template-suggestion-starter-damaged-item');
      expect(await first.getAttribute('data-language-match')).toBe('true');
      await desk.screenshot('template-picker-ja');
    });

    it('personalises from the message and settings; a missing product stays visible and blocks Send', async () => {
      await page().getByTestId('template-suggestion-starter-damaged-item').click();
      await page().getByTestId('template-personalise').waitFor();
      expect(await page().getByTestId('template-field-buyerName').inputValue()).toBe('鈴木 一郎');
      expect(await page().getByTestId('template-field-orderId').inputValue()).toBe(ORDER);
      expect(await page().getByTestId('template-field-item').getAttribute('data-missing')).toBe('true');
      await desk.screenshot('template-personalise-ja');
      await page().getByTestId('template-insert').click();
      await page().getByTestId('template-picker').waitFor({ state: 'detached' });

      const text = await body().inputValue();
      expect(text).toContain('鈴木 一郎 様');
      expect(text).toContain('手ぬぐい本舗');
      expect(text).toContain('担当：佐藤');
      expect(text).toContain('{{item}}');
      const finding = page().getByTestId('finding-placeholder-left');
      await finding.waitFor();
      expect(await finding.getAttribute('data-severity')).toBe('block');
      expect(await page().getByTestId('composer-send').isDisabled()).toBe(true);
    });

    it('sends once the product is typed in: no placeholder reaches the buyer', async () => {
      await body().fill('');
      await page().getByTestId('template-picker-open').click();
      await page().getByTestId('template-suggestion-starter-damaged-item').click();
      await page().getByTestId('template-field-item').fill('藍染め手ぬぐい');
      await expect.poll(() => page().getByTestId('template-preview').getAttribute('data-missing')).toBe('0');
      await page().getByTestId('template-insert').click();
      await page().getByTestId('template-picker').waitFor({ state: 'detached' });
      await page().getByTestId('finding-placeholder-left').waitFor({ state: 'detached' });
      await sendAndWaitSent(desk);

      expect(smtp.messages).toHaveLength(1);
      const sent = await PostalMime.parse(smtp.messages[0]?.raw ?? Buffer.alloc(0));
      expect(sent.text).toContain('ご注文番号' + ORDER + 'の藍染め手ぬぐいが破損した状態で届いた');
      expect(sent.text).not.toContain('{{');
      expect(smtp.messages[0]?.to).toEqual([BUYER]);
    });

    it('lists the starter library in Japanese, previewed against the open message', async () => {
      await page().getByRole('button', { name: '設定' }).click();
      await page().getByTestId('templates-open').click();
      const dialog = page().getByTestId('templates-dialog');
      await dialog.waitFor();
      const row = dialog.getByTestId('template-row-starter-damaged-item');
      await row.waitFor();
      expect(await row.textContent()).toContain('商品破損のお詫びと対応のご提案');
      expect(await dialog.locator('[data-testid^="template-row-starter-"]').count()).toBe(11);
      expect(await dialog.getByTestId('template-blocked').count()).toBe(0);
      await row.click();
      await desk.screenshot('template-library-ja');
      await page().getByTestId('templates-close').click();
    });
  },
);
