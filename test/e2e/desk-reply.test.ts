import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImapFlow } from 'imapflow';
import { withImapClient, type DovecotInstance } from '../support/dovecot.js';
import { DESK_START_TIMEOUT, e2eSkipReason, type Desk } from '../support/e2e/harness.js';
import { buyerMail, sendAndWaitSent, startReplyDesk } from '../support/e2e/reply-desk.js';
import type { TestSmtpServer } from '../support/smtp-server.js';

/*
 * A seller in Tokyo answers a buyer in the desk, with the real core, a real SMTP server
 * (STARTTLS + AUTH) and the test Dovecot: the first draft has an e-mail address in it, the
 * checker marks it and Send stays off; the seller fixes the text, sends, and the reply is
 * delivered once, filed once in the shop's Sent folder on the server, shown in the Sent view,
 * and the buyer's message is marked \Answered so it leaves Needs reply.
 */

const skipReason = e2eSkipReason();
if (skipReason !== null) console.warn(skipReason);

const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.co.jp';
const SUBJECT = '注文した手ぬぐいの発送について';
const ORDER = '503-1234567-1234567';

function buyerMessage(date: Date): Buffer {
  return buyerMail({
    from: BUYER,
    name: '山田 花子',
    subject: SUBJECT,
    messageId: 'buyer-1@marketplace.amazon.co.jp',
    date,
    lines: [
      `注文番号 ${ORDER} の手ぬぐいはいつ発送されますか。`,
      '誕生日の贈り物なので、今週中に届くと助かります。',
    ],
  });
}

/** Reads every message of one server mailbox, as the buyer's or another desk's client would. */
function readMailbox<T>(
  dovecot: DovecotInstance,
  path: string,
  read: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  return withImapClient(dovecot.imapOptions('seller'), async (client) => {
    const lock = await client.getMailboxLock(path);
    try {
      return await read(client);
    } finally {
      lock.release();
    }
  });
}

function sentOnServer(dovecot: DovecotInstance): Promise<string[]> {
  return readMailbox(dovecot, 'Sent', async (client) => {
    const subjects: string[] = [];
    try {
      for await (const m of client.fetch('1:*', { envelope: true })) subjects.push(m.envelope?.subject ?? '');
    } catch {
      return []; // an empty mailbox has no 1:*
    }
    return subjects;
  });
}

function flagsInInbox(dovecot: DovecotInstance): Promise<string[]> {
  return readMailbox(dovecot, 'INBOX', async (client) => {
    const flags: string[] = [];
    for await (const m of client.fetch('1:*', { flags: true })) flags.push(...(m.flags ?? []));
    return flags;
  });
}

describe.skipIf(skipReason !== null)('replying in the desk: blocked, fixed, sent (Japanese UI)', () => {
  let dovecot: DovecotInstance;
  let smtp: TestSmtpServer;
  let desk: Desk;
  let close: (() => Promise<void>) | undefined;

  const pane = () => desk.page.getByTestId('reading-pane');
  const body = () => desk.page.getByTestId('composer-body');

  beforeAll(async () => {
    ({ dovecot, smtp, desk, close } = await startReplyDesk({
      locale: 'ja',
      inbox: [buyerMessage(new Date(Date.now() - 3_600_000))],
    }));
  }, DESK_START_TIMEOUT);

  afterAll(async () => {
    await close?.();
  });

  it('opens the buyer message and a reply editor prefilled with "Re:" and the quote', async () => {
    await desk.page
      .getByTestId('message-list')
      .getByRole('option')
      .filter({ hasText: SUBJECT })
      .first()
      .click();
    await pane().getByText(SUBJECT).first().waitFor();
    await desk.page.getByTestId('composer-open').click();
    await body().waitFor();
    expect(await desk.page.getByTestId('composer-subject').inputValue()).toBe(`Re: ${SUBJECT}`);
    expect(await desk.page.getByTestId('composer-to').inputValue()).toBe(BUYER);
  });

  it('marks an e-mail address as blocking, names the rule in Japanese and keeps Send off', async () => {
    await body().fill(
      `山田様\n\nお問い合わせありがとうございます。注文番号 ${ORDER} の商品は明日発送いたします。\nご不明な点は shop@example.com までご連絡ください。`,
    );
    const finding = desk.page.getByTestId('finding-email-address');
    await finding.waitFor();
    expect(await finding.getAttribute('data-severity')).toBe('block');
    expect(await finding.textContent()).toContain('メールアドレス');
    expect(await desk.page.getByTestId('composer-send').isDisabled()).toBe(true);
    await desk.screenshot('reply-blocked-ja');
  });

  it('sends once the text is fixed: delivered once, in Sent once, the buyer message answered', async () => {
    await body().fill(
      `山田様\n\nお問い合わせありがとうございます。注文番号 ${ORDER} の商品は明日発送いたします。\n今週中にお届けできる見込みです。どうぞよろしくお願いいたします。`,
    );
    await desk.page.getByTestId('finding-email-address').waitFor({ state: 'detached' });
    await sendAndWaitSent(desk);
    await desk.screenshot('reply-sent-ja');

    expect(smtp.messages).toHaveLength(1);
    const raw = smtp.messages[0]?.raw.toString('utf8') ?? '';
    expect(raw).toMatch(/^In-Reply-To: <buyer-1@marketplace\.amazon\.co\.jp>/m);
    expect(smtp.messages[0]?.to).toEqual([BUYER]);
    await expect.poll(() => sentOnServer(dovecot), { timeout: 15_000 }).toEqual([`Re: ${SUBJECT}`]);
    await expect.poll(() => flagsInInbox(dovecot), { timeout: 15_000 }).toContain('\\Answered');
  });

  it('shows the reply in the Sent view and no longer in Needs reply', async () => {
    await desk.core['sync:run']({});
    const needsReply = await desk.core['messages:list']({ view: 'needs-reply', offset: 0, limit: 50 });
    const sent = await desk.core['messages:list']({ view: 'sent', offset: 0, limit: 50 });
    if (!needsReply.ok || !sent.ok) throw new Error('list failed');
    expect(needsReply.value.items.map((m) => m.subject)).not.toContain(SUBJECT);
    expect(sent.value.items.map((m) => m.subject)).toEqual([`Re: ${SUBJECT}`]);
    await desk.page.locator('[data-view="sent"]').first().click();
    await desk.page.getByTestId('message-list').getByText(`Re: ${SUBJECT}`).first().waitFor();
    await desk.screenshot('reply-in-sent-ja');
  });
});
