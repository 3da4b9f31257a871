import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/api/result.js';
import type { Req } from '../../../shared/api/types.js';
import {
  applyImport,
  exportTemplates,
  parseImportFile,
  previewImport,
  type ImportPreview,
} from '../../../shared/domain/templates/import-export.js';
import {
  STARTER_LIBRARY_VERSION,
  STARTER_TEMPLATES,
} from '../../../shared/domain/templates/starter/index.js';
import type { Template, TemplateSettings } from '../../../shared/domain/templates/types.js';
import { loadDoc, type JsonDoc } from '../store/json-doc.js';
import { copyName, purgeTrash, seedStarters } from './library-upkeep.js';
import { emptyTemplatesDoc, isTemplatesDoc, type TemplatesDoc } from './template-doc.js';

export type TemplateInput = Req<'templates:save'>;

export interface TemplateLibraryOptions {
  now: () => Date;
  /** Off only for throwaway data; the app and tests keep it on. */
  fsync?: boolean;
  /** Tests pin their own starters; the app ships STARTER_TEMPLATES. */
  starters?: readonly Template[];
  starterVersion?: number;
}

const notFound = (id: string): ApiFailure => new ApiFailure('not-found', `No template with id "${id}"`);

/**
 * The template library over its durable document. Every change builds a new document and
 * resolves once it is on disk; a failed write puts the previous one back, so memory never shows
 * what the disk does not have (an import is one write: all of it or nothing).
 */
export class TemplateLibrary {
  readonly #doc: JsonDoc<TemplatesDoc>;
  readonly #now: () => Date;

  private constructor(doc: JsonDoc<TemplatesDoc>, now: () => Date) {
    this.#doc = doc;
    this.#now = now;
  }

  static async open(dataDir: string, opts: TemplateLibraryOptions): Promise<TemplateLibrary> {
    const ctx = { dataDir, fsync: opts.fsync ?? true, now: opts.now };
    const { doc } = await loadDoc(
      join(dataDir, 'templates.json'),
      'templates',
      isTemplatesDoc,
      emptyTemplatesDoc,
      ctx,
    );
    const library = new TemplateLibrary(doc, opts.now);
    const now = opts.now();
    const before = doc.data;
    const after = purgeTrash(
      seedStarters(
        before,
        opts.starters ?? STARTER_TEMPLATES,
        opts.starterVersion ?? STARTER_LIBRARY_VERSION,
        now,
      ),
      now,
    );
    if (after !== before) await library.#commit(after);
    return library;
  }

  list(): readonly Template[] {
    return this.#doc.data.templates;
  }

  get(id: string): Template | null {
    return this.#doc.data.templates.find((t) => t.id === id) ?? null;
  }

  settings(): TemplateSettings {
    return structuredClone(this.#doc.data.settings);
  }

  async setSettings(settings: TemplateSettings): Promise<void> {
    const keys = settings.customFields.map((f) => f.key);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice !== undefined)
      throw new ApiFailure('invalid-request', `The custom field "${twice}" is defined twice`);
    await this.#commit({ ...this.#doc.data, settings: structuredClone(settings) });
  }

  /** New when `input.id` is null. Saving a blocked template is allowed: it is flagged, not inserted. */
  async save(input: TemplateInput): Promise<Template> {
    if (input.variants[input.defaultLanguage] === undefined)
      throw new ApiFailure(
        'invalid-request',
        `The default language (${input.defaultLanguage}) has no text: add it or choose another default`,
      );
    const at = this.#now().toISOString();
    const old = input.id === null ? null : this.get(input.id);
    if (input.id !== null && old === null) throw notFound(input.id);
    const template: Template = {
      id: old?.id ?? `tpl-${randomUUID()}`,
      name: input.name.trim() || input.name,
      tags: [...new Set(input.tags.map((t) => t.trim()).filter((t) => t !== ''))],
      kinds: [...new Set(input.kinds)],
      defaultLanguage: input.defaultLanguage,
      variants: structuredClone(input.variants),
      createdAt: old?.createdAt ?? at,
      updatedAt: at,
      // A new template is reviewed by whoever just wrote it.
      reviewedAt: old === null || input.reviewed ? at : old.reviewedAt,
      lastUsedAt: old?.lastUsedAt ?? null,
      useCount: old?.useCount ?? 0,
      starter: old?.starter ?? false,
    };
    await this.#put(template);
    return template;
  }

  async duplicate(id: string): Promise<Template> {
    const source = this.get(id);
    if (source === null) throw notFound(id);
    const at = this.#now().toISOString();
    const copy: Template = {
      ...structuredClone(source),
      id: `tpl-${randomUUID()}`,
      name: copyName(source.name, source.defaultLanguage),
      createdAt: at,
      updatedAt: at,
      lastUsedAt: null,
      useCount: 0,
      // The copy is the seller's own: no longer the shipped text.
      starter: false,
    };
    await this.#put(copy);
    return copy;
  }

  /** Moves the template to the trash; the token undoes it (restore) for TRASH_DAYS. */
  async remove(id: string): Promise<string> {
    const doc = this.#doc.data;
    const template = this.get(id);
    if (template === null) throw notFound(id);
    const token = randomUUID();
    const now = this.#now();
    await this.#commit(
      purgeTrash(
        {
          ...doc,
          templates: doc.templates.filter((t) => t.id !== id),
          trash: [...doc.trash, { token, deletedAt: now.toISOString(), template }],
          deletedStarterIds: template.starter
            ? [...new Set([...doc.deletedStarterIds, id])]
            : doc.deletedStarterIds,
        },
        now,
      ),
    );
    return token;
  }

  async restore(token: string): Promise<Template> {
    const doc = this.#doc.data;
    const entry = doc.trash.find((e) => e.token === token);
    if (entry === undefined)
      throw new ApiFailure('not-found', 'Nothing to undo: the deleted template is no longer in the trash');
    const { template } = entry;
    if (this.get(template.id) !== null)
      throw new ApiFailure(
        'invalid-request',
        `A template with id "${template.id}" exists again (imported?); the deleted copy was not restored`,
      );
    await this.#commit({
      ...doc,
      templates: [...doc.templates, template],
      trash: doc.trash.filter((e) => e !== entry),
      deletedStarterIds: doc.deletedStarterIds.filter((s) => s !== template.id),
    });
    return template;
  }

  async markReviewed(id: string): Promise<Template> {
    return this.#update(id, (t) => ({ ...t, reviewedAt: this.#now().toISOString() }));
  }

  /** An insertion: ranks the template as recently used. Not an edit, so updatedAt stays. */
  async recordUse(id: string): Promise<Template> {
    return this.#update(id, (t) => ({
      ...t,
      lastUsedAt: this.#now().toISOString(),
      useCount: t.useCount + 1,
    }));
  }

  exportJson(): { json: string; count: number } {
    const { templates } = this.#doc.data;
    return { json: exportTemplates(templates, this.#now()), count: templates.length };
  }

  previewImport(json: string): ImportPreview {
    return previewImport(this.#doc.data.templates, parseOrFail(json));
  }

  /** One durable write of the whole new list: a crash or a bad file leaves the library as it was. */
  async applyImport(json: string): Promise<{ added: number; updated: number }> {
    const incoming = parseOrFail(json);
    const doc = this.#doc.data;
    const preview = previewImport(doc.templates, incoming);
    const templates = applyImport(doc.templates, incoming, this.#now());
    const ids = new Set(templates.map((t) => t.id));
    await this.#commit({
      ...doc,
      templates,
      // A starter the seller deleted and now imports is wanted again.
      deletedStarterIds: doc.deletedStarterIds.filter((id) => !ids.has(id)),
    });
    return { added: preview.added.length, updated: preview.updated.length };
  }

  /** Every write already resolves only once durable; this waits for any still in flight. */
  async close(): Promise<void> {
    await this.#doc.idle();
  }

  async #update(id: string, change: (t: Template) => Template): Promise<Template> {
    const old = this.get(id);
    if (old === null) throw notFound(id);
    const next = change(old);
    await this.#put(next);
    return next;
  }

  async #put(template: Template): Promise<void> {
    const doc = this.#doc.data;
    const at = doc.templates.findIndex((t) => t.id === template.id);
    const templates = at < 0 ? [...doc.templates, template] : doc.templates.with(at, template);
    await this.#commit({ ...doc, templates });
  }

  async #commit(next: TemplatesDoc): Promise<void> {
    const previous = this.#doc.low.data;
    this.#doc.low.data = next;
    try {
      await this.#doc.save();
    } catch (error) {
      // Only if nothing newer replaced it meanwhile; that newer change's own save reports itself.
      if (this.#doc.low.data === next) this.#doc.low.data = previous;
      throw error;
    }
  }
}

function parseOrFail(json: string): Template[] {
  const parsed = parseImportFile(json);
  if (parsed.ok) return parsed.templates;
  const { code, message, detail } = parsed.problem;
  throw new ApiFailure('invalid-request', message, detail === undefined ? code : `${code}: ${detail}`);
}
