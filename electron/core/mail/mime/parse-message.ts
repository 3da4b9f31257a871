import { Buffer } from 'node:buffer';
import PostalMime from 'postal-mime';
import type { Email, Header } from 'postal-mime';
import type { AttachmentInfo } from '../../../../shared/domain/message.js';
import type { ParsedMessage, ParseOptions } from '../parsed-message.js';
import { bodyFromLeaves, type BodyText } from './body-text.js';
import { decodeWords } from './encoded-words.js';
import { failedMessage } from './fallback.js';
import { useFastDecoders } from './fast-decoders.js';
import { addressesOf, envelopeOf, firstHeader } from './header-fields.js';
import { readTree, type PartTree } from './message-tree.js';
import { prepassHeaders } from './raw-headers.js';
import { parseTree } from './tree-parse.js';

/*
 * postal-mime over mailparser: on the same messages it parses ~3.5x faster (it is a
 * synchronous line parser; mailparser pipes every message through Node streams), it ships
 * its own types, and its limits (nesting depth, header size) reject hostile input instead of
 * recursing. Charset decisions are ours: see charset-guess.ts.
 */

// Deeper than any real message (Outlook forwards rarely pass 10); the parser rejects more,
// which turns a 10,000-level bomb into a parseError instead of a stack overflow.
const MAX_NESTING_DEPTH = 64;

useFastDecoders(true);

// A header block starts with a field name and a colon (RFC 5322 2.2), or an mbox "From " line.
function looksLikeMail(raw: Uint8Array): boolean {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 200)).toString('latin1');
  return /^(?:[\x21-\x39\x3b-\x7e]+[ \t]*:|From )/.test(head.replace(/^(?:\r?\n)+/, ''));
}

/** One attachment with its bytes, in the order the metadata's `attachments` list shows them. */
export interface AttachmentPart extends AttachmentInfo {
  content: Uint8Array;
}

/**
 * What the parser gave us: the part tree (the usual case), or postal-mime's public result
 * when the tree cannot be read or holds an inline message, whose text only that result has.
 */
type Parsed =
  | { headers: readonly Header[]; tree: PartTree; email: null }
  | { headers: readonly Header[]; tree: null; email: Email };

// The one place that decides which parts are attachments and in what order: the metadata list
// and saving an attachment by its index both go through here, so index N is the same part.
function attachmentParts({ tree, email }: Parsed): AttachmentPart[] {
  if (tree) {
    return tree.attachments.map((a) => ({
      filename: decodeWords(a.rawFilename),
      contentType: a.contentType,
      size: a.size,
      content: a.content,
    }));
  }
  return email.attachments.map((a) => ({
    filename: a.filename ?? '',
    contentType: a.mimeType,
    size: typeof a.content === 'string' ? a.content.length : a.content.byteLength,
    content: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content),
  }));
}

function attachmentsOf(parsed: Parsed): AttachmentInfo[] {
  return attachmentParts(parsed).map(({ filename, contentType, size }) => ({ filename, contentType, size }));
}

async function bodyOf({ tree, email }: Parsed, options: ParseOptions): Promise<BodyText> {
  if (tree) return bodyFromLeaves(tree.texts, options.forceCharset, options.deferHtml);
  const label = /charset\s*=\s*"?([^";\s]+)/i.exec(firstHeader(email.headers, 'content-type') ?? '');
  const html = email.html ?? null;
  return { text: email.text ?? '', html, hasHtml: html !== null, charset: label?.[1]?.toLowerCase() ?? null };
}

function newParser(): PostalMime {
  return new PostalMime({ attachmentEncoding: 'arraybuffer', maxNestingDepth: MAX_NESTING_DEPTH });
}

async function runParser(raw: Uint8Array, forceCharset?: string): Promise<Parsed> {
  const prepared = prepassHeaders(raw, forceCharset);
  const input = prepared.raw;
  // postal-mime copies any typed-array view it is given; a buffer the view spans whole can
  // be handed over as is, which saves a copy of a 30 MB message.
  const handed =
    input.byteOffset === 0 &&
    input.byteLength === input.buffer.byteLength &&
    input.buffer instanceof ArrayBuffer
      ? input.buffer
      : input;
  const treeOnly = await parseTree(newParser(), handed);
  if (treeOnly) return { ...treeOnly, email: null };
  const parser = newParser();
  const email = await parser.parse(handed);
  const tree = readTree(parser);
  return tree && !tree.hasInlineMessage
    ? { headers: email.headers, tree, email: null }
    : { headers: email.headers, tree: null, email };
}

async function parseStructured(raw: Uint8Array, options: ParseOptions): Promise<ParsedMessage> {
  const parsed = await runParser(raw, options.forceCharset);
  const body = await bodyOf(parsed, options);
  const h = parsed.headers;
  return {
    ...envelopeOf(h),
    to: addressesOf(firstHeader(h, 'to')),
    cc: addressesOf(firstHeader(h, 'cc')),
    replyTo: addressesOf(firstHeader(h, 'reply-to')),
    subject: decodeWords(firstHeader(h, 'subject') ?? '').trim(),
    text: body.text,
    html: body.html,
    hasHtml: body.hasHtml,
    attachments: attachmentsOf(parsed),
    charset: body.charset,
    parseError: null,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Parses one raw RFC 5322 message. Never rejects: unreadable input yields a ParsedMessage
 * with parseError set and the raw source (first megabyte) as text.
 */
export async function parseMessage(raw: Uint8Array, options: ParseOptions = {}): Promise<ParsedMessage> {
  if (raw.length === 0) return failedMessage(raw, 'empty message', options.forceCharset, false);
  if (!looksLikeMail(raw)) return failedMessage(raw, 'no header block', options.forceCharset, false);
  try {
    return await parseStructured(raw, options);
  } catch (error) {
    return failedMessage(raw, `unparseable MIME: ${describe(error)}`, options.forceCharset, true);
  }
}

/**
 * The attachments of one raw message with their bytes, exactly as parseMessage lists them.
 * A message parseMessage could not read lists none, so it yields none here either.
 */
export async function parseAttachments(raw: Uint8Array): Promise<AttachmentPart[]> {
  if (raw.length === 0 || !looksLikeMail(raw)) return [];
  try {
    return attachmentParts(await runParser(raw));
  } catch {
    return [];
  }
}
