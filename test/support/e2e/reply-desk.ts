import { expect } from 'vitest';
import { startDovecot, type DovecotInstance } from '../dovecot.js';
import { startSmtp, type TestSmtpServer } from '../smtp-server.js';
import { startDesk, type Desk, type DeskLocale } from './harness.js';

/**
 * A desk that can really send: the test Dovecot (IMAP + LMTP) holding the given buyer messages
 * in INBOX, an smtp-server with STARTTLS + AUTH delivering over LMTP, the account's SMTP
 * password set, and one sync done. Replies to marketplace relay addresses are recorded in
 * `smtp.messages` (the relay is not a Dovecot user); the shop's Sent copy lands on Dovecot.
 */
export interface ReplyDesk {
  dovecot: DovecotInstance;
  smtp: TestSmtpServer;
  desk: Desk;
  close(): Promise<void>;
}

export async function startReplyDesk(opts: {
  locale: DeskLocale;
  inbox: readonly Buffer[];
}): Promise<ReplyDesk> {
  const dovecot = await startDovecot({ lmtp: true });
  const password = dovecot.user('seller').password;
  const smtp = await startSmtp({
    users: [{ user: 'seller', password }],
    lmtp: { host: dovecot.host, port: dovecot.lmtpPort ?? 0 },
  });
  for (const raw of opts.inbox) await dovecot.append('seller', 'INBOX', raw);
  const desk = await startDesk({
    dovecot,
    locale: opts.locale,
    smtp: { host: smtp.host, port: smtp.port, tls: 'starttls', user: 'seller', caFile: dovecot.caFile },
  });
  const close = async (): Promise<void> => {
    await desk.close();
    await smtp.stop();
    await dovecot.stop();
  };
  const setPassword = await desk.core['account:set-password']({ which: 'smtp', password });
  const synced = await desk.core['sync:run']({});
  for (const r of [setPassword, synced]) {
    if (!r.ok) {
      await close();
      throw new Error(r.error.message);
    }
  }
  return { dovecot, smtp, desk, close };
}

/** A plain UTF-8 buyer message as the marketplace relays it. */
export function buyerMail(m: {
  from: string;
  name: string;
  subject: string;
  messageId: string;
  date: Date;
  lines: readonly string[];
}): Buffer {
  const word = (s: string): string => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;
  return Buffer.from(
    [
      `From: ${word(m.name)} <${m.from}>`,
      'To: seller@shop.example',
      `Subject: ${word(m.subject)}`,
      `Date: ${m.date.toUTCString()}`,
      `Message-ID: <${m.messageId}>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      ...m.lines,
      '',
    ].join('\r\n'),
  );
}

/** Clicks Send once the checker lets it, and waits until the outbox shows the reply as sent. */
export async function sendAndWaitSent(desk: Desk): Promise<void> {
  const send = desk.page.getByTestId('composer-send');
  await expect.poll(() => send.isDisabled()).toBe(false);
  await send.click();
  await desk.page.getByTestId('outbox-row-sent').waitFor({ timeout: 30_000 });
}
