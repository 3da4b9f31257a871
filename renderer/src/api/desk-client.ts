import type { ApiError, Result } from '../../../shared/api/result.js';
import type { DeskCall, DeskReq, DeskRes } from './desk-types.js';

/**
 * The renderer's one way to call the core. A bridge that throws (IPC torn down, a harness bug)
 * is turned into an ordinary error result, so every caller handles exactly one failure shape.
 */
export async function call<K extends DeskCall>(channel: K, req: DeskReq<K>): Promise<Result<DeskRes<K>>> {
  try {
    return await window.helpdesk.invoke(channel, req);
  } catch (error: unknown) {
    return { ok: false, error: { code: 'internal', message: String(error) } };
  }
}

/**
 * An older core rejects a channel (or a view name) it does not know as an invalid request; the
 * UI then hides that feature instead of showing an error.
 */
export function isUnavailable(error: ApiError): boolean {
  return error.code === 'invalid-request';
}
