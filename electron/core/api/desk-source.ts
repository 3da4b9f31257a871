import type { HelpdeskApi } from '../../../shared/api/types.js';
import { RAW_SOURCE_CAP } from '../../../shared/api/schemas/desk-views.js';
import { HelpdeskError } from '../errors.js';
import type { CoreContext } from '../core-context.js';
import { parseMessage } from '../mail/mime/parse-message.js';
import { guard } from './guard.js';

type DeskSourceApi = Pick<HelpdeskApi, 'messages:raw' | 'messages:redecode'>;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Where to cut at `end` without splitting a UTF-8 sequence (only moves back, at most 3 bytes). */
export function utf8Boundary(bytes: Uint8Array, end: number): number {
  let i = end;
  while (i > 0 && end - i < 3 && ((bytes[i - 1] ?? 0) & 0xc0) === 0x80) i--;
  if (i === 0) return end;
  const lead = bytes[i - 1] ?? 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return end - (i - 1) >= need ? end : i - 1;
}

/**
 * Raw mail is mostly 7-bit (RFC 2045 encodings), but 8bit bodies in legacy charsets are common.
 * Valid UTF-8 is shown as such; anything else as Latin-1, which maps every byte to one
 * character, so nothing is lost or replaced and the user sees the real bytes.
 */
export function displaySource(raw: Uint8Array, cap = RAW_SOURCE_CAP) {
  const truncated = raw.byteLength > cap;
  const bytes = truncated ? raw.subarray(0, utf8Boundary(raw, cap)) : raw;
  try {
    return { source: strictUtf8.decode(bytes), encoding: 'utf-8' as const, size: raw.byteLength, truncated };
  } catch {
    return {
      source: Buffer.from(bytes).toString('latin1'),
      encoding: 'latin1' as const,
      size: raw.byteLength,
      truncated,
    };
  }
}

async function rawOf(ctx: CoreContext, id: string): Promise<Buffer> {
  if (!ctx.store.getMessage(id)) throw new HelpdeskError('not-found', `No message ${id}`);
  return ctx.store.readRaw(id);
}

export function deskSourceHandlers(ctx: CoreContext): DeskSourceApi {
  return {
    'messages:raw': ({ id }) => guard(async () => displaySource(await rawOf(ctx, id))),
    // The stored body is not changed: a re-decode is a view for this one reading.
    'messages:redecode': ({ id, charset }) =>
      guard(async () => {
        const parsed = await parseMessage(await rawOf(ctx, id), { forceCharset: charset });
        return { text: parsed.text, html: parsed.html, charset: parsed.charset };
      }),
  };
}
