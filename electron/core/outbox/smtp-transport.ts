import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { ServerSettings } from '../../../shared/domain/account.js';
import { checkServerSettings } from '../../../shared/domain/account.js';
import type { ConnectionFault, SendFailure, SendStage } from '../../../shared/domain/outbox/send-failure.js';

export interface SmtpTimeouts {
  connectMs: number;
  greetingMs: number;
  /** Inactivity on an open connection, DATA included (nodemailer's default is 10 minutes). */
  socketMs: number;
}

export const defaultSmtpTimeouts: SmtpTimeouts = { connectMs: 20_000, greetingMs: 15_000, socketMs: 60_000 };

export interface SmtpAccount {
  server: ServerSettings;
  password: string | null;
  caPem: string | null;
}

export interface OutgoingBytes {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

export type SendResult = { ok: true; response: string } | { ok: false; failure: SendFailure };

/** Delivers one message; never throws, every failure comes back described. */
export type SmtpSend = (message: OutgoingBytes) => Promise<SendResult>;

interface NodemailerErrorLike {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
  cause?: unknown;
}

const certificatePattern =
  /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME|HOSTNAME_MISMATCH|certificate/i;

function faultOf(error: NodemailerErrorLike): ConnectionFault | null {
  const inner = (
    typeof error.cause === 'object' && error.cause !== null ? error.cause : {}
  ) as NodemailerErrorLike;
  const text = [error.code, inner.code, error.message].map((x) => (typeof x === 'string' ? x : '')).join(' ');
  if (certificatePattern.test(text)) return 'certificate';
  if (/ENOTFOUND|EAI_AGAIN|EDNS/.test(text)) return 'dns';
  if (/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/.test(text)) return 'refused';
  if (/ETIMEDOUT|ETIMEOUT|timeout/i.test(text)) return 'timeout';
  if (/ETLS|STARTTLS/.test(text)) return 'tls';
  if (/ECONNECTION|ESOCKET|ECONNRESET|EPIPE|closed/i.test(text)) return 'offline';
  return null;
}

/** nodemailer's error at `stage` as the domain's SendFailure. */
export function describeFailure(error: unknown, stage: SendStage): SendFailure {
  const err = (typeof error === 'object' && error !== null ? error : {}) as NodemailerErrorLike;
  const responseCode = typeof err.responseCode === 'number' ? err.responseCode : null;
  const detail =
    typeof err.response === 'string' && err.response !== ''
      ? err.response
      : typeof err.message === 'string'
        ? err.message
        : String(error);
  // A refusal of MAIL FROM / RCPT TO / the DATA command itself comes before any byte of the body.
  const definitelyBeforeBody = stage === 'data' && err.code === 'EENVELOPE' && responseCode !== null;
  return {
    stage: definitelyBeforeBody ? 'envelope' : stage,
    responseCode,
    connection: responseCode === null ? faultOf(err) : null,
    detail,
  };
}

function connectionOptions(account: SmtpAccount, timeouts: SmtpTimeouts): SMTPConnection.Options {
  const { server } = account;
  const host = server.host.trim();
  return {
    host,
    port: server.port,
    secure: server.tls === 'implicit',
    // Never fall back to plain text when the settings say STARTTLS (a stripped capability list).
    requireTLS: server.tls === 'starttls',
    ignoreTLS: server.tls === 'none',
    // SNI never carries an IP address (RFC 6066 §3); the certificate is still checked against it.
    servername: isIP(host) ? undefined : host,
    tls: {
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
      ca: account.caPem ? [...rootCertificates, account.caPem] : undefined,
    },
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    logger: false,
  };
}

/**
 * An SMTP sender on nodemailer's SMTPConnection rather than its transport: the transport reports
 * every dropped connection as the same error, but the outbox must know whether the drop came
 * before or after the body started (after it, the message may be delivered and is checked in
 * Sent before any resend). `raw` + `envelope` go out as they are: nothing rewrites the message.
 */
export function createSmtpSend(
  account: () => Promise<SmtpAccount>,
  timeouts: SmtpTimeouts = defaultSmtpTimeouts,
): SmtpSend {
  return async (message) => {
    let settings: SmtpAccount;
    try {
      settings = await account();
    } catch (error) {
      return {
        ok: false,
        failure: { stage: 'connect', responseCode: null, connection: 'tls', detail: String(error) },
      };
    }
    const problems = checkServerSettings(settings.server);
    if (problems.length > 0) {
      const detail = `SMTP settings are not usable: ${problems.map((p) => `${p.field} (${p.reason})`).join(', ')}`;
      return { ok: false, failure: { stage: 'connect', responseCode: null, connection: 'tls', detail } };
    }
    if (settings.password === null || settings.password === '') {
      const detail = 'No SMTP password is saved for this account';
      return { ok: false, failure: { stage: 'auth', responseCode: null, connection: null, detail } };
    }
    return transact(connectionOptions(settings, timeouts), settings, message);
  };
}

function transact(
  options: SMTPConnection.Options,
  account: SmtpAccount,
  message: OutgoingBytes,
): Promise<SendResult> {
  return new Promise((resolve) => {
    const connection = new SMTPConnection(options);
    let stage: SendStage = 'connect';
    let done = false;
    const finish = (result: SendResult, polite: boolean): void => {
      if (done) return;
      done = true;
      if (polite) connection.quit();
      else connection.close();
      resolve(result);
    };
    const fail = (error: unknown): void =>
      finish({ ok: false, failure: describeFailure(error, stage) }, false);
    connection.once('error', fail);
    connection.once('end', () =>
      fail(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' })),
    );
    const send = (): void => {
      stage = 'data';
      connection.send(message.envelope, message.raw, (error, info) => {
        if (error) fail(error);
        else finish({ ok: true, response: info?.response ?? '' }, true);
      });
    };
    connection.connect((error) => {
      if (error) return fail(error);
      stage = 'auth';
      if (!connection.allowsAuth) return send();
      connection.login({ user: account.server.user, pass: account.password ?? '' }, (loginError) => {
        if (loginError) fail(loginError);
        else send();
      });
    });
  });
}
