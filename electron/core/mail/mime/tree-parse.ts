import type PostalMime from 'postal-mime';
import type { Header } from 'postal-mime';
import { Buffer } from 'node:buffer';
import { takesWholeChunks } from './fast-decoders.js';
import { readTree, type PartTree } from './message-tree.js';

/*
 * postal-mime's parse() does two things we pay for and do not use. It awaits an async
 * processLine for every line of the message (a promise and a microtask per line, most of its
 * own time on the sync benchmark). Then it builds its public result: every text part decoded
 * with its declared charset, every address header parsed. We decode text ourselves from the
 * part tree (message-tree.ts) and read addresses from the raw headers (header-fields.ts).
 *
 * parseTree() drives the same parser over the same lines (found with a native search, not
 * postal-mime's byte loop): a line that cannot end a part is fed to the current part directly,
 * which is all processLine does with such a line, and any other line still goes through
 * processLine. Then it stops at the part tree. The internals
 * it touches are checked at run time; if a postal-mime version changes them, it returns null
 * and the caller uses postal-mime's own parse(). tree-parse.test.ts compares the two paths.
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
    // Inside a base64 body, the lines before the next one starting with "--" go to the decoder
    // in one piece (no view and no call per line): base64 decoding drops the line breaks.
    const node = p.currentNode;
    const atDashes = av[pos] === 0x2d && av[pos + 1] === 0x2d;
    if (
      !atDashes &&
      p.boundaries.length > 0 &&
      node.state === 'body' &&
      takesWholeChunks(node.contentDecoder)
    ) {
      const dashes = text.indexOf('\n--', pos);
      if (dashes >= 0) {
        node.contentDecoder.update(new Uint8Array(buf, pos, dashes + 1 - pos));
        pos = dashes + 1;
        p.readPos = pos;
        continue;
      }
    }
    // postal-mime's readLine, with a native search for the line end instead of a byte loop:
    // the line is everything before LF, trailing CRs dropped.
    const lf = av.indexOf(0x0a, pos);
    let end = lf < 0 ? av.length : lf;
    const start = pos;
    pos = lf < 0 ? av.length : lf + 1;
    while (end > start && av[end - 1] === 0x0d) end--;
    p.readPos = pos;
    const bytes = new Uint8Array(buf, start, end - start);
    const done = pos >= av.length;
    const mayBeBoundary =
      p.boundaries.length > 0 && bytes.length > 2 && bytes[0] === 0x2d && bytes[1] === 0x2d;
    if (mayBeBoundary || done) await p.processLine(bytes, done);
    else p.currentNode.feed(bytes);
  }
  const tree = readTree(parser);
  const headers: unknown = p.root.headers;
  if (!tree || tree.hasInlineMessage || !Array.isArray(headers)) return null;
  return {
    headers: (headers as Header[]).map(({ key, originalKey, value }) => ({ key, originalKey, value })),
    tree,
  };
}
