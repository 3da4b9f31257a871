import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { errorCode, fsyncDir } from './durable-file.js';
import { BlobMissingError } from './errors.js';
import type { StoredBody } from '../../../shared/domain/message.js';
import type { BlobRef } from './store-types.js';

/**
 * Raw sources and decoded bodies are appended to one pack file per metadata shard rather than
 * written as a file each. Measured on this ext4 disk, 10,000 messages as 20,000 small files took
 * ~1 s without fsync and ~2.5 s with it; a pack takes one append and one fsync per batch. It also
 * spares Windows users 200,000 files for the antivirus to scan. Packs are append-only: a record
 * becomes reachable only when the shard that points at it is written, after the pack's fsync, so
 * a torn append is unreachable garbage, never a wrong message.
 */

export interface BlobRecord {
  raw: Uint8Array;
  body: Uint8Array;
}

export class PackWriter {
  readonly #sizes = new Map<string, number>();
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly dataDir: string,
    private readonly fsync: boolean,
    private readonly onWrite?: (file: string) => void,
  ) {}

  /** Appends records in order and resolves, once they are on disk, with where each landed. */
  append(pack: string, records: BlobRecord[]): Promise<BlobRef[]> {
    // One append per pack at a time: offsets come from our own running size.
    const previous = this.#queues.get(pack) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.#append(pack, records));
    this.#queues.set(pack, next);
    void next.finally(() => {
      if (this.#queues.get(pack) === next) this.#queues.delete(pack);
    });
    return next;
  }

  async #append(pack: string, records: BlobRecord[]): Promise<BlobRef[]> {
    const file = join(this.dataDir, pack);
    let size = this.#sizes.get(pack);
    if (size === undefined) {
      await mkdir(dirname(file), { recursive: true });
      size = await stat(file).then(
        (s) => s.size,
        (err: unknown) => {
          if (errorCode(err) === 'ENOENT') return 0;
          throw err;
        },
      );
    }
    const refs: BlobRef[] = [];
    const chunks: Uint8Array[] = [];
    let offset = size;
    for (const { raw, body } of records) {
      refs.push({
        pack,
        offset,
        rawLength: raw.length,
        bodyLength: body.length,
        crc: crc32(body, crc32(raw)),
      });
      chunks.push(raw, body);
      offset += raw.length + body.length;
    }
    this.#sizes.delete(pack); // re-read after a failure: a partial append moved the real end
    const fh = await open(file, 'a');
    try {
      await writeAll(fh, chunks, offset - size);
      if (this.fsync) await fh.sync();
    } finally {
      await fh.close();
    }
    if (this.fsync && size === 0) await fsyncDir(dirname(file));
    this.#sizes.set(pack, offset);
    this.onWrite?.(file);
    return refs;
  }
}

/**
 * Writes the records' pieces with one gathered write instead of first copying a batch (~3 MB)
 * into one buffer. A short write (a full disk, a signal) finishes with the bytes not yet written.
 */
async function writeAll(fh: FileHandle, chunks: Uint8Array[], total: number): Promise<void> {
  const { bytesWritten } = await fh.writev(chunks);
  if (bytesWritten >= total) return;
  await fh.writeFile(Buffer.concat(chunks).subarray(bytesWritten));
}

export async function readRecord(dataDir: string, ref: BlobRef, messageId: string): Promise<BlobRecord> {
  const file = join(dataDir, ref.pack);
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (err) {
    if (errorCode(err) === 'ENOENT')
      throw new BlobMissingError(messageId, `pack file ${ref.pack} is missing`);
    throw err;
  }
  try {
    const length = ref.rawLength + ref.bodyLength;
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buffer, 0, length, ref.offset);
    if (bytesRead < length) throw new BlobMissingError(messageId, `pack file ${ref.pack} is truncated`);
    const raw = buffer.subarray(0, ref.rawLength);
    const body = buffer.subarray(ref.rawLength);
    if (crc32(body, crc32(raw)) !== ref.crc) {
      throw new BlobMissingError(messageId, `pack file ${ref.pack} is damaged (checksum mismatch)`);
    }
    return { raw, body };
  } finally {
    await fh.close();
  }
}

export function decodeBody(bytes: Uint8Array, messageId: string): StoredBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('text' in parsed) ||
    typeof parsed.text !== 'string'
  ) {
    throw new BlobMissingError(messageId, 'stored body is unreadable');
  }
  const html = 'html' in parsed && typeof parsed.html === 'string' ? parsed.html : null;
  return { text: parsed.text, html };
}
