import { z } from 'zod';
import { calls, events } from './contract.js';
import { ApiFailure, fail, isErrorCode, type Result } from './result.js';
import type { CallName, EventName, HelpdeskApi } from './types.js';

export interface DispatchOptions {
  /** Sees the real error (with its stack) for logging; the caller only gets an opaque code. */
  onInternalError?: (channel: string, error: unknown) => void;
}

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/**
 * Validates an untrusted request, runs the call, and validates its result, so that whatever
 * transport binds the api (Electron IPC, Playwright exposeBinding) gets the same guarantees.
 * Never throws and never returns anything that is not plain, cloneable data.
 */
export async function dispatchCall(
  api: HelpdeskApi,
  channel: unknown,
  rawReq: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isCallName(channel)) {
    return fail(
      'invalid-request',
      'Unknown call',
      typeof channel === 'string' ? channel.slice(0, 100) : undefined,
    );
  }
  const spec = calls[channel];
  const parsed = spec.request.safeParse(rawReq);
  if (!parsed.success) {
    // prettifyError names paths and expectations, never the received values (which may be passwords).
    return fail('invalid-request', `Invalid request for ${channel}`, z.prettifyError(parsed.error));
  }
  const internal = (error: unknown): Result<unknown> => {
    options.onInternalError?.(channel, error);
    return fail('internal', `Unexpected error in ${channel}`);
  };
  let outcome: unknown;
  try {
    // Every member of HelpdeskApi takes its own request type; `parsed.data` was checked against it.
    const method = api[channel] as (req: unknown) => Promise<unknown>;
    outcome = await method.call(api, parsed.data);
  } catch (error) {
    const deliberate = asDeliberateFailure(error);
    return deliberate ?? internal(error);
  }
  return checkOutcome(channel, spec.result, outcome, internal);
}

function checkOutcome(
  channel: CallName,
  resultSchema: z.ZodType,
  outcome: unknown,
  internal: (error: unknown) => Result<unknown>,
): Result<unknown> {
  if (typeof outcome !== 'object' || outcome === null || !('ok' in outcome)) {
    return internal(new TypeError(`${channel} did not return a Result`));
  }
  if (outcome.ok === true && 'value' in outcome) {
    const value = resultSchema.safeParse(outcome.value);
    if (value.success) return { ok: true, value: value.data };
    return internal(new TypeError(`${channel} result broke the contract: ${z.prettifyError(value.error)}`));
  }
  if (outcome.ok === false && 'error' in outcome) {
    const error: unknown = outcome.error;
    if (typeof error === 'object' && error !== null && 'code' in error && isErrorCode(error.code)) {
      // Copy field by field: an Error instance or extra fields must not cross the bridge.
      const message = 'message' in error && typeof error.message === 'string' ? error.message : error.code;
      const detail = 'detail' in error && typeof error.detail === 'string' ? error.detail : undefined;
      return fail(error.code, message, detail);
    }
  }
  return internal(new TypeError(`${channel} returned a malformed Result`));
}

/**
 * An Error carrying one of our codes was thrown on purpose (ApiFailure, or the core's own
 * HelpdeskError, recognised by shape so shared/ need not import the core). Library errors carry
 * codes like 'ECONNRESET', which are not ours, so they stay opaque.
 */
function asDeliberateFailure(error: unknown): Result<unknown> | null {
  if (error instanceof ApiFailure) return fail(error.code, error.message, error.detail);
  if (error instanceof Error && 'code' in error && isErrorCode(error.code)) {
    const detail = 'detail' in error && typeof error.detail === 'string' ? error.detail : undefined;
    return fail(error.code, error.message, detail);
  }
  return null;
}

/** Validates an event payload before it is sent to the window; returns null (and reports) if it is off-contract. */
export function checkEvent(
  name: EventName,
  payload: unknown,
  options: DispatchOptions = {},
): { name: EventName; payload: unknown } | null {
  const parsed = events[name].safeParse(payload);
  if (parsed.success) return { name, payload: parsed.data };
  options.onInternalError?.(
    name,
    new TypeError(`${name} payload broke the contract: ${z.prettifyError(parsed.error)}`),
  );
  return null;
}
