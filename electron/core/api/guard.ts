import { ApiFailure, fail, ok, type ErrorCode, type Result } from '../../../shared/api/result.js';
import { StoreError } from '../store/index.js';

const storeCodes: Record<string, ErrorCode> = {
  STORE_LOCKED: 'store-locked',
  STORE_TOO_NEW: 'store-corrupt',
  BLOB_MISSING: 'store-corrupt',
  UNKNOWN_MESSAGE: 'not-found',
};

/**
 * Runs a handler and turns what it throws into a Result: our own failures keep their code,
 * store problems get theirs, anything else is 'internal' without a stack crossing the bridge.
 */
export async function guard<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message, error.detail);
    if (error instanceof StoreError) {
      return fail(storeCodes[error.code] ?? 'internal', error.message);
    }
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
