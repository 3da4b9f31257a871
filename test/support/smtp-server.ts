import type { Socket } from 'node:net';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { getTestTls } from './tls-material.js';

export interface SmtpUser {
  user: string;
  password: string;
}

export interface StartSmtpOptions {
  users: readonly SmtpUser[];
  /** Dovecot's LMTP listener: accepted mail is delivered there before the 250 reply. */
  lmtp?: { host: string; port: number };
  /** Defaults to the per-process test certificate (same as Dovecot's). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Implicit TLS (port-465 style) instead of STARTTLS. */
  secure?: boolean;
  /**
   * Imitates providers that file a copy of every accepted message in the sender's Sent folder
   * before answering 250 (Gmail does): APPENDs the message there as the given IMAP login.
   */
  savesSent?: { imap: () => ImapFlowOptions; mailbox: string };
  /**
   * Runs once the whole message is received, delivered and (with savesSent) filed, just before
   * the 250: where a test kills the client to lose the reply while the message is out.
   */
  onDataReceived?: (mail: ReceivedMail) => void | Promise<void>;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  /** The authenticated user who submitted it. */
  user: string | undefined;
  /** Recipients Dovecot accepted over LMTP (others are "external" and only recorded here). */
  deliveredTo: string[];
}

export interface TestSmtpServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Every accepted message, in order. */
  readonly messages: ReceivedMail[];
  /** Reply `code` (4xx temporary, 5xx permanent) to the next `count` messages' DATA. */
  failNext(count: number, code: number, text?: string): void;
  /** Drop the connection during DATA of the next `count` messages (no reply is ever sent). */
  cutNext(count?: number): void;
  stop(): Promise<void>;
}

export async function startSmtp(opts: StartSmtpOptions): Promise<TestSmtpServer> {
  const fallback = await getTestTls();
  const tls = opts.tls ?? { cert: fallback.certPem, key: fallback.keyPem };
  const messages: ReceivedMail[] = [];
  const failures: Array<{ code: number; text: string }> = [];
  let cuts = 0;
  // smtp-server does not hand the socket to onData; find it by the client's port to cut it.
  const sockets = new Map<number, Socket>();
  // Dovecot's LMTP offers STARTTLS with the self-signed cert; loopback needs no TLS.
  const lmtp = opts.lmtp
    ? nodemailer.createTransport({ lmtp: true, ...opts.lmtp, ignoreTLS: true })
    : undefined;

  const onData = (
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (err?: Error | null) => void,
  ): void => {
    if (cuts > 0) {
      cuts -= 1;
      stream.once('data', () => sockets.get(session.remotePort)?.destroy());
      stream.resume();
      return;
    }
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => {
      const failure = failures.shift();
      if (failure) {
        callback(Object.assign(new Error(failure.text), { responseCode: failure.code }));
        return;
      }
      const mail: ReceivedMail = {
        from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks),
        user: typeof session.user === 'string' ? session.user : undefined,
        deliveredTo: [],
      };
      deliver(mail)
        .then(() => saveSent(mail))
        .then(() => opts.onDataReceived?.(mail))
        .then(
          () => {
            messages.push(mail);
            callback();
          },
          (error: unknown) =>
            callback(
              Object.assign(new Error(`LMTP delivery failed: ${String(error)}`), { responseCode: 451 }),
            ),
        );
    });
  };

  const deliver = async (mail: ReceivedMail): Promise<void> => {
    if (!lmtp) return;
    try {
      const info = await lmtp.sendMail({ envelope: { from: mail.from, to: mail.to }, raw: mail.raw });
      mail.deliveredTo = info.accepted.filter((a): a is string => typeof a === 'string');
    } catch (error) {
      // Every recipient unknown to Dovecot: the mail went "outside", which is not a failure.
      if ((error as { code?: unknown }).code !== 'EENVELOPE') throw error;
    }
  };

  const saveSent = async (mail: ReceivedMail): Promise<void> => {
    if (!opts.savesSent) return;
    const client = new ImapFlow(opts.savesSent.imap());
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.append(opts.savesSent.mailbox, mail.raw, ['\\Seen']);
    } finally {
      await client.logout().catch(() => client.close());
    }
  };

  const server = new SMTPServer({
    secure: opts.secure === true,
    key: tls.key,
    cert: tls.cert,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth: (auth, _session, callback) => {
      const found = opts.users.find((u) => u.user === auth.username && u.password === auth.password);
      // smtp-server answers 535 for an error without a responseCode.
      if (!found) callback(new Error('Invalid username or password'));
      else callback(null, { user: found.user });
    },
    onData,
  });
  server.server.on('connection', (socket: Socket) => {
    const port = socket.remotePort;
    if (port === undefined) return;
    sockets.set(port, socket);
    socket.once('close', () => sockets.delete(port));
  });
  server.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('SMTP server has no port');

  return {
    host: '127.0.0.1',
    port: address.port,
    messages,
    failNext: (count, code, text = code >= 500 ? 'Rejected for testing' : 'Try again later') => {
      for (let i = 0; i < count; i++) failures.push({ code, text });
    },
    cutNext: (count = 1) => {
      cuts += count;
    },
    stop: async () => {
      for (const socket of sockets.values()) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      lmtp?.close();
    },
  };
}
