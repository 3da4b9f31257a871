import type {
  AttachmentInfo,
  AutomatedKind,
  DownloadExtent,
  Language,
  MailboxRole,
  MessageMeta,
  MessageTriage,
} from '../../../shared/domain/message.js';
import { DOWNLOAD_EXTENTS } from '../../../shared/domain/message.js';
import { CATEGORIES, URGENCY_SIGNALS } from '../../../shared/domain/classifier/types.js';
import { BlobTable } from './blob-table.js';
import type { ShardDoc } from './documents.js';
import { STORE_SCHEMA_VERSION, typedByDecoder } from './documents.js';
import type { DocCodec } from './json-codec.js';
import { jsonCodec } from './json-codec.js';
import { isPacked, PackedFormatError, PackedReader, packedVersion, PackedWriter } from './packed-io.js';

/**
 * Metadata shards on disk (schema v3+): a packed document (packed-io.ts) with one fixed run of
 * cells per message instead of a JSON object with repeated keys. `mailbox` and `uidValidity`
 * are the shard's own (the loader checks every message against its shard), so they are not
 * stored per message. Decoding gives back exactly the ShardDoc that was encoded. v1/v2 shards
 * were JSON; they are still read (and then migrated and rewritten packed).
 */

/** Compile-time reminder: a field added to MessageMeta must be encoded and decoded here. */
const ENCODED = {
  id: true,
  mailbox: true,
  mailboxPath: true,
  uid: true,
  uidValidity: true,
  messageId: true,
  inReplyTo: true,
  references: true,
  date: true,
  internalDate: true,
  from: true,
  to: true,
  subject: true,
  snippet: true,
  language: true,
  orderIds: true,
  buyer: true,
  automated: true,
  attachments: true,
  hasHtml: true,
  flags: true,
  modseq: true,
  size: true,
  threadId: true,
  parseError: true,
  charset: true,
  sha256: true,
  expungedAt: true,
  triage: true,
  downloaded: true,
} satisfies Record<keyof MessageMeta, true>;
export const ENCODED_FIELDS = Object.keys(ENCODED) as Array<keyof MessageMeta>;

interface ShardHeader {
  mailbox: MailboxRole;
  uidValidity: string;
  shard: number;
  messages: number;
  blobs: number;
}

function writeList(w: PackedWriter, items: readonly string[]): void {
  w.u32(items.length);
  for (const item of items) w.str(item);
}

function readList(r: PackedReader): string[] {
  const n = r.u32();
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = r.str();
  return out;
}

function writeMessage(w: PackedWriter, m: MessageMeta, v: number): void {
  w.f64(m.uid);
  w.str(m.id); // not derived from uid: one shared string with the blob table's key is cheaper
  w.str(m.mailboxPath);
  w.str(m.messageId);
  w.str(m.inReplyTo);
  writeList(w, m.references);
  w.str(m.date);
  w.str(m.internalDate);
  w.str(m.from?.name ?? null);
  w.str(m.from?.address ?? null);
  w.u32(m.to.length);
  for (const a of m.to) {
    w.str(a.name);
    w.str(a.address);
  }
  w.str(m.subject);
  w.str(m.snippet);
  w.str(m.language);
  writeList(w, m.orderIds);
  w.str(m.buyer?.name ?? null);
  w.str(m.buyer?.address ?? null);
  w.str(m.automated);
  w.u32(m.attachments.length);
  for (const a of m.attachments) {
    w.str(a.filename);
    w.str(a.contentType);
    w.f64(a.size);
  }
  w.u32(m.hasHtml ? 1 : 0);
  writeList(w, m.flags);
  w.str(m.modseq);
  w.f64(m.size);
  w.str(m.threadId);
  w.str(m.parseError);
  w.str(m.charset);
  w.str(m.sha256);
  w.str(m.expungedAt);
  if (v >= 4) writeTriage(w, m.triage); // a v3 document is written as v3 (migration tests build them)
  if (v >= 5) w.str(m.downloaded);
}

/** A damaged or unknown extent reads as the most cautious one: the body may be missing. */
function readExtent(value: string): DownloadExtent {
  return DOWNLOAD_EXTENTS.find((extent) => extent === value) ?? 'none';
}

const NO_CATEGORY = 255;

// One byte of category, one of flags (uncertain + a bit per signal), confidence in 1/10000.
function writeTriage(w: PackedWriter, t: MessageTriage | null): void {
  if (!t) {
    w.u32(NO_CATEGORY);
    return;
  }
  let bits = t.uncertain ? 1 : 0;
  for (const s of t.signals) bits |= 2 << URGENCY_SIGNALS.indexOf(s);
  w.u32(CATEGORIES.indexOf(t.category) | (bits << 8));
  w.u32(Math.round(t.confidence * 10_000));
  writeList(w, t.cues);
}

function readTriage(r: PackedReader, v: number): MessageTriage | null {
  if (v < 4) return null; // v3 shards predate triage: the background pass classifies them
  const head = r.u32();
  const category = CATEGORIES[head & 0xff];
  if (category === undefined) return null;
  const bits = head >> 8;
  const confidence = r.u32() / 10_000;
  const cues = readList(r);
  const signals = URGENCY_SIGNALS.filter((_, i) => (bits & (2 << i)) !== 0);
  return { category, confidence, uncertain: (bits & 1) === 1, cues, signals };
}

/** Field order follows MessageMeta so every decoded meta shares one object shape. */
function readMessage(r: PackedReader, mailbox: MailboxRole, uidValidity: string, v: number): MessageMeta {
  const uid = r.f64();
  const id = r.str();
  const mailboxPath = r.str();
  const messageId = r.strOrNull();
  const inReplyTo = r.strOrNull();
  const references = readList(r);
  const date = r.str();
  const internalDate = r.str();
  const fromName = r.strOrNull();
  const fromAddress = r.strOrNull();
  const to = new Array<{ name: string; address: string }>(r.u32());
  for (let i = 0; i < to.length; i++) to[i] = { name: r.str(), address: r.str() };
  const subject = r.str();
  const snippet = r.str();
  const language = r.str() as Language;
  const orderIds = readList(r);
  const buyerName = r.strOrNull();
  const buyerAddress = r.strOrNull();
  const automated = r.str() as AutomatedKind;
  const attachments = new Array<AttachmentInfo>(r.u32());
  for (let i = 0; i < attachments.length; i++)
    attachments[i] = { filename: r.str(), contentType: r.str(), size: r.f64() };
  return {
    id,
    mailbox,
    mailboxPath,
    uid,
    uidValidity,
    messageId,
    inReplyTo,
    references,
    date,
    internalDate,
    from: fromName === null || fromAddress === null ? null : { name: fromName, address: fromAddress },
    to,
    subject,
    snippet,
    language,
    orderIds,
    buyer: buyerName === null || buyerAddress === null ? null : { address: buyerAddress, name: buyerName },
    automated,
    attachments,
    hasHtml: r.u32() === 1,
    flags: readList(r),
    modseq: r.strOrNull(),
    size: r.f64(),
    threadId: r.str(),
    parseError: r.strOrNull(),
    charset: r.strOrNull(),
    sha256: r.str(),
    expungedAt: r.strOrNull(),
    triage: readTriage(r, v),
    downloaded: v >= 5 ? readExtent(r.str()) : 'whole',
  };
}

export function encodeShard(doc: ShardDoc): Buffer {
  const w = new PackedWriter();
  for (const m of doc.messages) writeMessage(w, m, doc.v);
  const blobs = [...doc.blobs.entries()];
  for (const [id, ref] of blobs) {
    w.str(id);
    w.str(ref.pack);
    w.f64(ref.offset);
    w.f64(ref.rawLength);
    w.f64(ref.bodyLength);
    w.f64(ref.crc);
  }
  const header: ShardHeader = {
    mailbox: doc.mailbox,
    uidValidity: doc.uidValidity,
    shard: doc.shard,
    messages: doc.messages.length,
    blobs: blobs.length,
  };
  return w.finish(doc.v, header);
}

/**
 * Throws on damage, like JSON.parse on a torn file. A shard from a newer app is returned as just
 * `{ v }` so that migrate() refuses it with StoreTooNewError instead of it looking corrupt.
 */
export function decodeShard(bytes: Buffer): unknown {
  if (!isPacked(bytes)) return decodeJsonShard(bytes);
  const v = packedVersion(bytes);
  if (v > STORE_SCHEMA_VERSION) return { v };
  const r = new PackedReader(bytes);
  const h = shardHeader(r.header);
  const messages = new Array<MessageMeta>(h.messages);
  for (let i = 0; i < h.messages; i++) messages[i] = readMessage(r, h.mailbox, h.uidValidity, v);
  const ids = new Array<string>(h.blobs);
  const packs = new Array<string>(h.blobs);
  const numbers = new Array<number>(h.blobs * 4);
  for (let i = 0; i < h.blobs; i++) {
    ids[i] = r.str();
    packs[i] = r.str();
    for (let k = 0; k < 4; k++) numbers[4 * i + k] = r.f64();
  }
  r.end();
  const blobs = new BlobTable({ ids, packs, numbers });
  const doc: ShardDoc = {
    v,
    mailbox: h.mailbox,
    uidValidity: h.uidValidity,
    shard: h.shard,
    messages,
    blobs,
  };
  typedByDecoder.add(doc);
  return doc;
}

/** A v1/v2 shard, or its .bak: blobs were a JSON object keyed by id. */
function decodeJsonShard(bytes: Buffer): unknown {
  const doc = jsonCodec.decode(bytes);
  if (typeof doc !== 'object' || doc === null || !('blobs' in doc)) return doc;
  const { blobs } = doc;
  if (typeof blobs !== 'object' || blobs === null || Array.isArray(blobs)) return doc;
  return { ...doc, blobs: BlobTable.fromRecord(blobs as Record<string, unknown>) };
}

export const shardCodec: DocCodec<ShardDoc> = { encode: encodeShard, decode: decodeShard };

function shardHeader(x: unknown): ShardHeader {
  const h = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  const count = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (
    (h.mailbox !== 'inbox' && h.mailbox !== 'sent') ||
    typeof h.uidValidity !== 'string' ||
    !count(h.shard) ||
    !count(h.messages) ||
    !count(h.blobs)
  )
    throw new PackedFormatError('bad shard header');
  return h as unknown as ShardHeader;
}
