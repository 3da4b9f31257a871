import { isAscii } from 'node:buffer';

/**
 * How a document is turned into bytes and back. decode() throws on anything unreadable; the
 * shape is checked afterwards by the loader, which also handles recovery (see json-doc.ts).
 */
export interface DocCodec<T> {
  encode(data: T): Buffer;
  decode(bytes: Buffer): unknown;
}

/** Plain UTF-8 JSON: the small documents (settings, sync state, oplog, shard state overlays). */
export const jsonCodec: DocCodec<unknown> = {
  encode: (data) => Buffer.from(JSON.stringify(data), 'utf8'),
  decode: (bytes) => JSON.parse(decodeText(bytes)) as unknown,
};

/** Any valid file decodes correctly: pure ASCII takes the fast path, anything else is UTF-8. */
export function decodeText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'); // not readFile(f, 'utf8'): ~3x slower
}
