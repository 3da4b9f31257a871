import { HelpdeskError, type CoreErrorCode } from '../errors.js';

/** Node/OpenSSL codes of a certificate we must not trust (never silently accepted). */
const certificateCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
]);

const networkCodes: Record<string, CoreErrorCode> = {
  ENOTFOUND: 'dns-failed',
  EAI_AGAIN: 'dns-failed',
  ECONNREFUSED: 'connection-refused',
  EHOSTUNREACH: 'connection-refused',
  ENETUNREACH: 'connection-refused',
  ECONNRESET: 'offline',
  EPIPE: 'offline',
  NoConnection: 'offline',
  EConnectionClosed: 'offline',
  ClosedAfterConnectText: 'offline',
  ClosedAfterConnectTLS: 'tls-failed',
  CONNECT_TIMEOUT: 'timeout',
  GREETING_TIMEOUT: 'timeout',
  UPGRADE_TIMEOUT: 'timeout',
  ETIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
  ETHROTTLE: 'server-error',
};

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  responseText?: unknown;
  serverResponseCode?: unknown;
  cause?: unknown;
  _err?: unknown;
}

function asErrorLike(value: unknown): ErrorLike {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : {};
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The innermost code we can find: imapflow wraps socket errors in `_err` or `cause`. */
function findCode(err: ErrorLike, depth = 0): string | undefined {
  const own = stringOf(err.code);
  if (own && (certificateCodes.has(own) || own in networkCodes)) return own;
  if (depth > 3) return own;
  const inner = err._err ?? err.cause;
  if (inner) return findCode(asErrorLike(inner), depth + 1) ?? own;
  return own;
}

/** Turns whatever imapflow, nodemailer or Node threw into a HelpdeskError with a stable code. */
export function classifyConnectionError(error: unknown, what: 'IMAP' | 'SMTP'): HelpdeskError {
  if (error instanceof HelpdeskError) return error;
  const err = asErrorLike(error);
  const message = stringOf(err.message) ?? String(error);
  const code = findCode(err);
  const responseCode = stringOf(err.serverResponseCode);
  if (err.authenticationFailed === true || responseCode === 'AUTHENTICATIONFAILED' || code === 'EAUTH') {
    const serverText = stringOf(err.responseText);
    return new HelpdeskError(
      'auth-failed',
      `${what} login failed: user name or password is wrong`,
      serverText,
    );
  }
  if (code && certificateCodes.has(code)) {
    return new HelpdeskError(
      'tls-certificate',
      `${what} server certificate is not trusted (${code})`,
      message,
    );
  }
  if (code && code in networkCodes) {
    const mapped = networkCodes[code] ?? 'server-error';
    return new HelpdeskError(mapped, `${what}: ${message}`, code);
  }
  if (err.tlsFailed === true || /certificate|self[- ]signed/i.test(message)) {
    return new HelpdeskError('tls-failed', `${what} TLS negotiation failed`, message);
  }
  if (stringOf(err.responseText)) {
    return new HelpdeskError('server-error', `${what} server refused: ${String(err.responseText)}`, code);
  }
  return new HelpdeskError('internal', `${what}: ${message}`, code);
}
