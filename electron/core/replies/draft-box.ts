import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { draftAttachmentSchema, draftSchema } from '../../../shared/api/schemas/replies.js';
import type { DraftRestorer } from '../outbox/outbox-port.js';
import { STORE_SCHEMA_VERSION, type JsonValue } from '../store/index.js';
import { errorCode, ignoreCode, writeFileDurable } from '../store/durable-file.js';
import { loadDoc, readBytes, type JsonDoc } from '../store/json-doc.js';

/**
 * Drafts survive a crash: `<dataDir>/drafts.json` (one draft per thread, fsync'd, with a .bak)
 * and the attachment files beside it in `drafts/attachments/<id>`. A file is durable before a
 * draft references it and deleted only after no saved draft does; what a crash leaves between
 * the two (a file nobody references) is removed at the next open.
 */

export const storedAttachmentSchema = draftAttachmentSchema.extend({
  /** text/plain only: the charset the file is in, for its MIME part. */
  charset: z.string().nullable(),
});
export const storedDraftSchema = draftSchema.extend({ attachments: z.array(storedAttachmentSchema) });
export type StoredAttachment = z.infer<typeof storedAttachmentSchema>;
export type StoredDraft = z.infer<typeof storedDraftSchema>;

const draftsDocSchema = z.object({ v: z.number(), drafts: z.record(z.string(), storedDraftSchema) });
interface DraftsDoc {
  v: number;
  /** Keyed by thread id. */
  drafts: Record<string, StoredDraft>;
}
const isDraftsDoc = (x: unknown): x is DraftsDoc => draftsDocSchema.safeParse(x).success;
const ATTACHMENT_ID = /^[0-9a-f-]{36}$/;

export interface DraftBoxOptions {
  now: () => Date;
  /** Off only for throwaway data; the app and tests keep it on. */
  fsync?: boolean;
}

export class DraftBox {
  readonly #dataDir: string;
  readonly #dir: string;
  readonly #opts: DraftBoxOptions;
  #ready: Promise<JsonDoc<DraftsDoc>> | null = null;

  constructor(dataDir: string, opts: DraftBoxOptions) {
    this.#dataDir = dataDir;
    this.#dir = join(dataDir, 'drafts', 'attachments');
    this.#opts = opts;
  }

  /** Opened on first use, not with the store: most sessions never write a reply. */
  #doc(): Promise<JsonDoc<DraftsDoc>> {
    this.#ready ??= this.#open();
    return this.#ready;
  }

  async #open(): Promise<JsonDoc<DraftsDoc>> {
    const ctx = { dataDir: this.#dataDir, fsync: this.#opts.fsync ?? true, now: this.#opts.now };
    const { doc } = await loadDoc<DraftsDoc>(
      join(this.#dataDir, 'drafts.json'),
      'drafts',
      isDraftsDoc,
      () => ({ v: STORE_SCHEMA_VERSION, drafts: {} }),
      ctx,
    );
    await mkdir(this.#dir, { recursive: true });
    const referenced = new Set(Object.values(doc.data.drafts).flatMap((d) => d.attachments.map((a) => a.id)));
    for (const name of await readdir(this.#dir)) {
      if (!referenced.has(name)) await unlink(join(this.#dir, name)).catch(ignoreCode('ENOENT'));
    }
    return doc;
  }

  async get(threadId: string): Promise<StoredDraft | null> {
    const doc = await this.#doc();
    const draft = doc.data.drafts[threadId];
    return draft === undefined ? null : structuredClone(draft);
  }

  /**
   * Replaces the thread's draft with what `change` makes of the current one (null: none yet),
   * in one synchronous step so concurrent saves and attaches never overwrite each other.
   * Durable when it resolves. Files the old version referenced and the new one does not go.
   */
  async update(
    threadId: string,
    change: (current: StoredDraft | null) => StoredDraft | null,
  ): Promise<StoredDraft | null> {
    const doc = await this.#doc();
    const before = doc.data.drafts[threadId] ?? null;
    const after = change(before === null ? null : structuredClone(before));
    if (after === null) delete doc.data.drafts[threadId];
    else doc.data.drafts[threadId] = structuredClone(after);
    await doc.save();
    const kept = new Set(after?.attachments.map((a) => a.id) ?? []);
    await this.#deleteFiles((before?.attachments ?? []).map((a) => a.id).filter((id) => !kept.has(id)));
    return after;
  }

  /** Writes the bytes durably under a new id; reference it with `update` afterwards. */
  async writeAttachment(bytes: Uint8Array): Promise<string> {
    await this.#doc();
    const id = randomUUID();
    await writeFileDurable(join(this.#dir, id), bytes, {
      keepBackup: false,
      fsync: this.#opts.fsync ?? true,
    });
    return id;
  }

  async readAttachment(id: string): Promise<Buffer> {
    if (!ATTACHMENT_ID.test(id)) throw new Error(`bad attachment id ${id}`);
    return readFile(join(this.#dir, id));
  }

  /** Deletes a file no saved draft references (an attach that failed after writing it). */
  async discardAttachment(id: string): Promise<void> {
    const doc = await this.#doc();
    const used = Object.values(doc.data.drafts).some((d) => d.attachments.some((a) => a.id === id));
    if (!used) await this.#deleteFiles([id]);
  }

  /**
   * For the outbox: a discarded item's draft goes back to its thread, unless the thread has
   * a draft again (that one is newer). Attachments whose files went with the sent message are
   * dropped: the text is what must never be lost, and the user can attach again.
   */
  readonly restore: DraftRestorer = async (threadId: string, json: JsonValue): Promise<boolean> => {
    const parsed = storedDraftSchema.safeParse(json);
    if (!parsed.success) return false;
    const present: StoredAttachment[] = [];
    for (const a of parsed.data.attachments) {
      if (ATTACHMENT_ID.test(a.id) && (await readBytes(join(this.#dir, a.id))) !== null) present.push(a);
    }
    let restored = false;
    await this.update(threadId, (current) => {
      if (current !== null) return current;
      restored = true;
      return { ...parsed.data, threadId, attachments: present };
    });
    return restored;
  };

  /** Waits for writes in flight; every write already resolves only once durable. */
  async close(): Promise<void> {
    if (this.#ready === null) return;
    await (await this.#ready).idle();
  }

  async #deleteFiles(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (!ATTACHMENT_ID.test(id)) continue;
      await unlink(join(this.#dir, id)).catch((err: unknown) => {
        // A file still open elsewhere (Windows) is left for the next open's orphan sweep.
        if (errorCode(err) !== 'ENOENT' && errorCode(err) !== 'EBUSY' && errorCode(err) !== 'EPERM')
          throw err;
      });
    }
  }
}
