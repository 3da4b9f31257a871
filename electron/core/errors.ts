import { ApiFailure, type ErrorCode } from '../../shared/api/result.js';

/**
 * The one error type the core throws on purpose. Its code is the contract's stable ErrorCode,
 * so it crosses the IPC bridge as data and the renderer says what went wrong in the user's
 * language.
 */
export type CoreErrorCode = ErrorCode;

export class HelpdeskError extends ApiFailure {
  constructor(code: ErrorCode, message: string, detail?: string) {
    super(code, message, detail);
    this.name = 'HelpdeskError';
  }
}
