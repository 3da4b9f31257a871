import type PostalMime from 'postal-mime';
import type { Header } from 'postal-mime';
import { Buffer } from 'node:buffer';
import { takesWholeChunks, type ContentDecoder } from './fast-decoders.js';
import { readTree, type PartTree } from './message-tree.js';

/*
 * postal-mime's parse() does two things we pay for and do not use. It awaits an async
 * processLine for every line of the message (a promise and a microtask per line, most of its
 * own time on the sync benchmark). Then it builds its public result: every text part decoded
 * with its declared charset, every address header parsed. We decode text ourselves from the
 * part tree (message-tree.ts) and read addresses from the raw headers (header-fields.ts).
 *
 * parseTree() drives the same parser over the same lines, found with native searches rather
 * than postal-mime's byte loop. A line that cannot end a part is fed to the current part
 * directly, which is all processLine does with such a line; any other line still goes
 * through processLine. Inside a base64 body, the lines up to the next one starting with "--"
 * go to our decoder in one piece, since it drops line breaks anyway (fast-decoders.ts).
 * Then it stops at the part tree. The internals it touches are checked at run time; if a
 * postal-mime version changes them, it returns null and the caller uses postal-mime's own
 * parse(). tree-parse.test.ts compares the two paths.
 */

interface LineParser {
  started: boolean;
  buf: ArrayBuffer;
  av: Uint8Array;
  readPos: number;
  boundaries: readonly unknown[];
  currentNode: { feed(line: Uint8Array): void; state?: unknown; contentDecoder?: unknown };
  root: { headers?: unknown };
  resolveInput(input: ArrayBuffer | Uint8Array): Promise<ArrayBuffer>;
  processLine(line: Uint8Array, isFinal: boolean): Promise<void>;
}

function isObject(x: unknown): x is object {
  return typeof x === 'object' && x !== null;
}

function hasMethods(x: object, names: readonly string[]): boolean {
  return names.every((name) => typeof Reflect.get(x, name) === 'function');
}

function asLineParser(parser: PostalMime): LineParser | null {
  const boundaries: unknown = Reflect.get(parser, 'boundaries');
  const current: unknown = Reflect.get(parser, 'currentNode');
  const root: unknown = Reflect.get(parser, 'root');
  const shaped =
    Array.isArray(boundaries) &&
    isObject(current) &&
    hasMethods(current, ['feed']) &&
    isObject(root) &&
    Reflect.get(parser, 'started') === false &&
    hasMethods(parser, ['resolveInput', 'processLine']);
  return shaped ? (parser as unknown as LineParser) : null;
}

/**
 * When the current part is a base64 body and the line at `pos` cannot end it: its decoder and
 * where the next line starting with "--" begins (the lines before it can go to the decoder in
 * one piece). Otherwise null; a final stretch with no such line is left to the line loop.
 */
function base64Run(
  p: LineParser,
  text: Buffer,
  pos: number,
): { decoder: ContentDecoder; end: number } | null {
  const decoder = p.currentNode.contentDecoder;
  if (p.boundaries.length === 0 || p.currentNode.state !== 'body' || !takesWholeChunks(decoder)) return null;
  if (text[pos] === 0x2d && text[pos + 1] === 0x2d) return null;
  const dashes = text.indexOf('\n--', pos);
  return dashes < 0 ? null : { decoder, end: dashes + 1 };
}

let enabled = true;

/** Turns the tree-only path on or off (off: every parse uses postal-mime's parse()). */
export function useTreeParse(on: boolean): void {
  enabled = on;
}

export interface TreeOnly {
  headers: Header[];
  tree: PartTree;
}

/**
 * Parses `input` into the top-level headers and the part tree, or returns null when the
 * tree-only path cannot be used: it is switched off, this postal-mime's internals are not the
 * ones we know, or the message holds an inline message/rfc822 part (whose text only
 * postal-mime's public result carries). The parser is used up either way.
 */
export async function parseTree(
  parser: PostalMime,
  input: ArrayBuffer | Uint8Array,
): Promise<TreeOnly | null> {
  const p = enabled ? asLineParser(parser) : null;
  if (!p) return null;
  p.started = true;
  const buf = await p.resolveInput(input);
  const av = new Uint8Array(buf);
  p.buf = buf;
  p.av = av;
  const text = Buffer.from(buf);
  let pos = 0;
  while (pos < av.length) {
    const run = base64Run(p, text, pos);
    if (run) {
      run.decoder.update(new Uint8Array(buf, pos, run.end - pos));
      pos = p.readPos = run.end;
      continue;
    }
    // postal-mime's readLine: everything before LF, trailing CRs dropped.
    const lf = av.indexOf(0x0a, pos);
    let end = lf < 0 ? av.length : lf;
    const start = pos;
    pos = p.readPos = lf < 0 ? av.length : lf + 1;
    while (end > start && av[end - 1] === 0x0d) end--;
    const line = new Uint8Array(buf, start, end - start);
    const done = pos >= av.length;
    const mayBeBoundary = p.boundaries.length > 0 && line.length > 2 && line[0] === 0x2d && line[1] === 0x2d;
    if (mayBeBoundary || done) await p.processLine(line, done);
    else p.currentNode.feed(line);
  }
  const tree = readTree(parser);
  const headers: unknown = p.root.headers;
  if (!tree || tree.hasInlineMessage || !Array.isArray(headers)) return null;
  return {
    headers: (headers as Header[]).map(({ key, originalKey, value }) => ({ key, originalKey, value })),
    tree,
  };
}
