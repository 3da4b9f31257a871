import type { ClassifierInput } from '../../../shared/domain/classifier/index.js';
import type { MessageMeta, MessageTriage } from '../../../shared/domain/message.js';
import type { Store } from '../store/index.js';
import { CORRECTION_BODY_CAP } from '../store/index.js';
import type { TriageModel } from './triage-model.js';

/** A buyer message: the only kind the classifier judges (notices and our own replies are not). */
export function isClassifiable(meta: MessageMeta): boolean {
  return meta.mailbox === 'inbox' && meta.automated === 'none';
}

/**
 * What the classifier reads of a message. The body is capped at the same length a correction
 * keeps, so a corrected message is recognised again after a restart (the model remembers
 * corrections by the analysed text) — and the first 4,000 characters decide anyway.
 */
export async function classifierInput(store: Store, meta: MessageMeta): Promise<ClassifierInput> {
  let body = '';
  try {
    body = (await store.readBody(meta.id)).text.slice(0, CORRECTION_BODY_CAP);
  } catch {
    // A lost body (damaged pack) still leaves the subject to judge by.
  }
  return { subject: meta.subject, body };
}

function triageOf(model: TriageModel, input: ClassifierInput): MessageTriage {
  const { category, confidence, uncertain, cues, signals } = model.classify(input);
  return { category, confidence, uncertain, cues, signals };
}

export interface KeeperOptions {
  /** Messages per step; between steps the event loop serves the window. */
  chunk?: number;
  onClassified: (ids: string[]) => void;
}

/**
 * Classifies every buyer message the core has not judged yet — new mail after each sync, the
 * demo mailbox, a store from before triage — in small steps off the caller's stack, newest first
 * (the ones staff are about to read). One pass at a time; a request during a pass runs another.
 */
export class TriageKeeper {
  #running: Promise<void> | null = null;
  #again = false;
  #closed = false;

  constructor(
    private readonly store: Store,
    private readonly model: TriageModel,
    private readonly options: KeeperOptions,
  ) {}

  /** Resolves when nothing is left to classify (tests and the CLI wait on it). */
  run(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#loop().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Re-judges the given messages with the current model (after staff taught it something). */
  async reclassify(ids: readonly string[]): Promise<void> {
    const metas = ids.map((id) => this.store.getMessage(id)).filter((m): m is MessageMeta => m !== null);
    const done = await this.#classify(metas.filter(isClassifiable));
    if (done.length > 0) this.options.onClassified(done);
  }

  close(): void {
    this.#closed = true;
  }

  /** Resolves when the current pass (if any) has stopped; never rejects. */
  async idle(): Promise<void> {
    await this.#running?.catch(() => undefined);
  }

  async #loop(): Promise<void> {
    do {
      this.#again = false;
      const todo = this.store
        .listMessages({ mailbox: 'inbox', order: 'date-desc', includeExpunged: true })
        .filter((m) => m.triage === null && isClassifiable(m));
      const chunk = this.options.chunk ?? 200;
      // Announce at most about once a second: each announcement rebuilds the desk's views,
      // which at 100,000 messages costs more than classifying a chunk.
      let done: string[] = [];
      let announced = Date.now();
      for (let i = 0; i < todo.length && !this.#closed; i += chunk) {
        done.push(...(await this.#classify(todo.slice(i, i + chunk))));
        if (Date.now() - announced >= 1000) {
          this.options.onClassified(done);
          [done, announced] = [[], Date.now()];
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (done.length > 0 && !this.#closed) this.options.onClassified(done);
    } while (this.#again && !this.#closed);
  }

  /** Returns the ids judged and stored. */
  async #classify(metas: readonly MessageMeta[]): Promise<string[]> {
    if (metas.length === 0 || this.#closed) return [];
    const updates = await Promise.all(
      metas.map(async (meta) => ({
        id: meta.id,
        triage: triageOf(this.model, await classifierInput(this.store, meta)),
      })),
    );
    if (this.#closed) return [];
    // A re-seed may have moved a message to a new id meanwhile; its new copy is judged next pass.
    const present = updates.filter((u) => this.store.getMessage(u.id) !== null);
    await this.store.setTriage(present);
    return present.map((u) => u.id);
  }
}
