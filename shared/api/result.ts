/**
 * Errors cross the window/core bridge as data with a stable code the UI can translate; an Error
 * object would lose its class and leak its stack through structured clone.
 */
export const ERROR_CODES = [
  'invalid-request',
  'forbidden',
  'not-found',
  'auth-failed',
  'tls-certificate',
  'tls-failed',
  'dns-failed',
  'connection-refused',
  'timeout',
  'server-error',
  'offline',
  'store-corrupt',
  'store-locked',
  'attachment-rejected', // not PDF/Word/image/text by content, or over the size limit
  'draft-conflict', // the thread has no buyer message to answer, or the draft is gone
  'encryption-unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, detail?: string): Result<T> {
  return { ok: false, error: detail === undefined ? { code, message } : { code, message, detail } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Thrown deep inside the core when a failure has a meaningful code (e.g. a secret store that
 * cannot encrypt); the dispatcher turns it into `{ok: false, error}`. Anything else thrown
 * becomes an opaque 'internal' error.
 */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.detail = detail;
  }
}
