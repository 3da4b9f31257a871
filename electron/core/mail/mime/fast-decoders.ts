import { Buffer } from 'node:buffer';
import PostalMime from 'postal-mime';

/*
 * postal-mime decodes a part's body line by line: for base64, each line goes through a
 * TextDecoder, a regex, a split and a JavaScript lookup loop, and every part's pieces are
 * gathered in a Blob that is read back asynchronously. On the sync benchmark that was about a
 * third of the parse worker's time. These decoders keep the lines (views on the parser's own
 * buffer, no copy) and decode each part once, natively, when it ends. They return the same
 * bytes as postal-mime's decoders (fast-decoders.test.ts compares the two on hostile input).
 * Its quoted-printable decoder works on bytes too, but zero-fills a 100 KB buffer for every
 * part and reads the result back through a Blob: with ours, an English (quoted-printable)
 * bench message is analysed in ~470 µs instead of ~680.
 */

/** The decoder contract MimeNode relies on: a line without its line break, then the bytes. */
export interface ContentDecoder {
  update(line: Uint8Array): void;
  finalize(): ArrayBuffer | Promise<ArrayBuffer>;
}

type SetupContentDecoder = (this: { contentDecoder: unknown }, transferEncoding: string) => void;

function joinLines(lines: readonly Uint8Array[], newline: boolean): Buffer {
  let size = 0;
  for (const line of lines) size += line.byteLength + (newline ? 1 : 0);
  // allocUnsafeSlow: never a view on the shared pool, so `.buffer` is exactly these bytes.
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const line of lines) {
    out.set(line, at);
    at += line.byteLength;
    if (newline) out[at++] = 0x0a;
  }
  return out;
}

function ownBuffer(bytes: Buffer): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = whole
    ? bytes.buffer
    : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  if (!(buffer instanceof ArrayBuffer)) throw new TypeError('unexpected shared buffer');
  return buffer;
}

// 1 for the 64 base64 digits, 2 for '=', 0 for everything else (line breaks, junk, 8-bit bytes).
const CLASS = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
  CLASS[c.charCodeAt(0)] = 1;
CLASS[0x3d] = 2;

function hasDigit(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) if (CLASS[bytes[i] ?? 0] === 1) return true;
  return false;
}

/**
 * postal-mime's semantics, which decide what a broken body yields: everything but the 64
 * digits and '=' is dropped, and each run of '=' ends a unit that is decoded on its own
 * (some mailers pad every line). Node's base64 decoder reads a unit the same way: a trailing
 * lone digit is dropped, 2 or 3 trailing digits give 1 or 2 bytes.
 */
export function decodeBase64Lines(lines: readonly Uint8Array[]): ArrayBuffer {
  const bytes = joinLines(lines, false);
  // Node's decoder already skips what postal-mime strips (line breaks, junk, 8-bit bytes); it
  // differs only on '-' and '_' (it reads base64url) and on '=' before the end (it stops).
  // Those are found by native byte searches, so the byte loop below runs only for them.
  const pad = bytes.indexOf(0x3d);
  if (bytes.indexOf(0x2d) < 0 && bytes.indexOf(0x5f) < 0 && (pad < 0 || !hasDigit(bytes, pad))) {
    return ownBuffer(Buffer.from(bytes.toString('latin1'), 'base64'));
  }
  // Compact the digits in place; remember where each unit ends.
  const ends: number[] = [];
  let kept = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const kind = CLASS[b];
    if (kind === 1) bytes[kept++] = b;
    else if (kind === 2 && kept > (ends[ends.length - 1] ?? 0)) ends.push(kept);
  }
  if (kept > (ends[ends.length - 1] ?? 0)) ends.push(kept);
  if (ends.length === 1) return ownBuffer(Buffer.from(bytes.toString('latin1', 0, kept), 'base64'));
  const units: Buffer[] = [];
  let start = 0;
  for (const end of ends) {
    units.push(Buffer.from(bytes.toString('latin1', start, end), 'base64'));
    start = end;
  }
  return ownBuffer(Buffer.concat(units));
}

/**
 * True for our base64 decoder: it drops line breaks anyway, so it can be fed many lines as one
 * piece (tree-parse.ts does so up to the next line that may be a boundary).
 */
export function takesWholeChunks(decoder: unknown): decoder is ContentDecoder {
  return decoder instanceof KeptLines && decoder.decode === decodeBase64Lines;
}

/** Keeps a part's lines (views on the parser's buffer, no copy) and decodes them when it ends. */
class KeptLines implements ContentDecoder {
  private readonly lines: Uint8Array[] = [];
  constructor(readonly decode: (lines: readonly Uint8Array[]) => ArrayBuffer) {}
  update(line: Uint8Array): void {
    this.lines.push(line);
  }
  finalize(): ArrayBuffer {
    return this.decode(this.lines);
  }
}

/** The digit's value, or -1 for anything but 0-9, a-f, A-F (as postal-mime's hexNibble). */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * One line of quoted-printable into `out` at `at`; returns the new end. postal-mime's rules: a
 * final '=' is a soft line break (no LF); "=XY" with two hex digits before it is one byte;
 * any other '=' stays as it is.
 */
function decodeQuotedLine(line: Uint8Array, out: Buffer, at: number): number {
  let len = line.length;
  const soft = len > 0 && line[len - 1] === 0x3d;
  if (soft) len--;
  let literal = 0;
  for (let eq = line.indexOf(0x3d); eq >= 0 && eq + 2 < len; eq = line.indexOf(0x3d, eq + 1)) {
    const high = hexValue(line[eq + 1] ?? 0);
    const low = hexValue(line[eq + 2] ?? 0);
    if (high < 0 || low < 0) continue;
    out.set(line.subarray(literal, eq), at);
    at += eq - literal;
    out[at++] = (high << 4) | low;
    literal = eq + 3;
    eq += 2;
  }
  out.set(line.subarray(literal, len), at);
  at += len - literal;
  if (!soft) out[at++] = 0x0a;
  return at;
}

function decodeQuotedPrintableLines(lines: readonly Uint8Array[]): ArrayBuffer {
  let size = 0;
  for (const line of lines) size += line.byteLength + 1;
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const line of lines) at = decodeQuotedLine(line, out, at);
  return ownBuffer(out.subarray(0, at));
}

/** 7bit, 8bit, binary and unknown encodings: the lines as they came, each ended by LF. */
const passThroughLines = (lines: readonly Uint8Array[]): ArrayBuffer => ownBuffer(joinLines(lines, true));

interface Patchable {
  setupContentDecoder: SetupContentDecoder;
}

function mimeNodePrototype(): Patchable | null {
  const root: unknown = Reflect.get(new PostalMime(), 'root');
  const proto: unknown = typeof root === 'object' && root !== null ? Object.getPrototypeOf(root) : null;
  if (typeof proto !== 'object' || proto === null) return null;
  return typeof Reflect.get(proto, 'setupContentDecoder') === 'function' ? (proto as Patchable) : null;
}

let original: SetupContentDecoder | null = null;

// Same choice of decoder as postal-mime's own setupContentDecoder; only the classes differ.
function fastSetup(this: { contentDecoder: unknown }, transferEncoding: string): void {
  if (/base64/i.test(transferEncoding)) this.contentDecoder = new KeptLines(decodeBase64Lines);
  else if (/quoted-printable/i.test(transferEncoding))
    this.contentDecoder = new KeptLines(decodeQuotedPrintableLines);
  else this.contentDecoder = new KeptLines(passThroughLines);
}

/**
 * Switches postal-mime's body decoders to ours (on) or back to its own (off). Returns whether
 * ours are in use: if a postal-mime version no longer has the method we replace, nothing is
 * patched and parsing simply stays on its own, slower, decoders.
 */
export function useFastDecoders(on: boolean): boolean {
  const proto = mimeNodePrototype();
  if (!proto) return false;
  if (on && original === null) {
    original = proto.setupContentDecoder;
    proto.setupContentDecoder = fastSetup;
  } else if (!on && original !== null) {
    proto.setupContentDecoder = original;
    original = null;
  }
  return original !== null;
}
