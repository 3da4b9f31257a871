/*
 * Reads the part tree postal-mime built. Its public result has the text already decoded
 * with the declared charset, which loses bytes when the label is missing or wrong; the tree
 * still holds each part's transfer-decoded bytes, so we decode text ourselves. The tree is
 * not part of postal-mime's typed API, so every field is checked at run time: if a future
 * version changes shape, readTree returns null and the caller uses the public result.
 */

export interface TextLeaf {
  kind: 'plain' | 'html';
  bytes: Uint8Array;
  charset: string | null;
  flowed: boolean;
  delSp: boolean;
  /** Undoes RFC 3676 format=flowed with the parser's own routine. */
  unflow: ((text: string, delSp: boolean) => string) | null;
}

export interface AttachmentLeaf {
  /** Filename parameter as the parser left it (RFC 2231 joined, RFC 2047 not yet decoded). */
  rawFilename: string;
  contentType: string;
  size: number;
  /** The transfer-decoded bytes (a view on the parser's buffer, not a copy), for saving it. */
  content: Uint8Array;
}

export interface PartTree {
  texts: TextLeaf[];
  attachments: AttachmentLeaf[];
  /** An inline message/rfc822 part: its text is only in the parser's public result. */
  hasInlineMessage: boolean;
}

interface Node {
  contentType: { parsed: { value: string; params: Record<string, string> } };
  contentDisposition: { parsed: { value: string; params: Record<string, string> } };
  childNodes: unknown[];
  content: ArrayBuffer | null;
  decodeFlowedText?: unknown;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isParsed(x: unknown): x is { parsed: { value: string; params: Record<string, string> } } {
  if (!isRecord(x) || !isRecord(x['parsed'])) return false;
  return typeof x['parsed']['value'] === 'string' && isRecord(x['parsed']['params']);
}

function isNode(x: unknown): x is Node {
  if (!isRecord(x)) return false;
  const content = x['content'];
  return (
    isParsed(x['contentType']) &&
    isParsed(x['contentDisposition']) &&
    Array.isArray(x['childNodes']) &&
    (content === null || content === undefined || content instanceof ArrayBuffer)
  );
}

function textLeaf(node: Node, kind: 'plain' | 'html', content: ArrayBuffer): TextLeaf {
  const params = node.contentType.parsed.params;
  const fn = node.decodeFlowedText;
  return {
    kind,
    bytes: new Uint8Array(content),
    charset: params['charset'] ?? null,
    flowed: /^flowed$/i.test(params['format'] ?? ''),
    delSp: /^yes$/i.test(params['delsp'] ?? ''),
    unflow: typeof fn === 'function' ? (t, d) => String(fn.call(node, t, d)) : null,
  };
}

/** Walks the parser's root part; null when the tree is not the shape we know. */
export function readTree(parser: unknown): PartTree | null {
  const root = isRecord(parser) ? parser['root'] : undefined;
  if (!isNode(root)) return null;
  const tree: PartTree = { texts: [], attachments: [], hasInlineMessage: false };
  // Iterative: the parser caps nesting depth, but a stack of our own never overflows anyway.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const type = node.contentType.parsed.value;
    const disposition = node.contentDisposition.parsed.value;
    const kids = node.childNodes.filter(isNode);
    if (kids.length > 0) {
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
      continue;
    }
    const content = node.content ?? null;
    if (type === 'message/rfc822' && disposition !== 'attachment') {
      tree.hasInlineMessage = true;
    } else if (disposition !== 'attachment' && (type === 'text/plain' || type === 'text/html')) {
      if (content) tree.texts.push(textLeaf(node, type === 'text/html' ? 'html' : 'plain', content));
    } else if (type.startsWith('multipart/')) {
      // A multipart without a usable boundary has no children: show its body as text
      // rather than losing it.
      if (content && content.byteLength > 0) tree.texts.push(textLeaf(node, 'plain', content));
    } else if (content) {
      const dp = node.contentDisposition.parsed.params;
      const cp = node.contentType.parsed.params;
      tree.attachments.push({
        rawFilename: dp['filename'] ?? cp['name'] ?? '',
        contentType: type,
        size: content.byteLength,
        content: new Uint8Array(content),
      });
    }
  }
  return tree;
}
