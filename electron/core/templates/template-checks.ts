import type { Res } from '../../../shared/api/types.js';
import type { ComplianceSettings } from '../../../shared/domain/compliance/types.js';
import { isReviewDue } from '../../../shared/domain/templates/review.js';
import { checkTemplate, type TemplateCheck } from '../../../shared/domain/templates/template-check.js';
import type { Template, TemplateSettings } from '../../../shared/domain/templates/types.js';

/** What the library shows for one template (the contract's shape). */
export type TemplateView = Res<'templates:save'>;

export interface CheckSettings {
  compliance: ComplianceSettings;
  settings: TemplateSettings;
  now: Date;
}

const WARM_BATCH = 20;

interface Cached {
  updatedAt: string;
  variants: Template['variants'];
  check: TemplateCheck;
}

/**
 * checkTemplate results, kept per template until it changes and per settings: suggestions run
 * on every message opened, and re-checking 1,000 templates each time would be most of the work.
 * The settings are compared by their JSON (the store hands out a fresh object on every read).
 * `now` is not part of the key: no template rule depends on the date (no order to be late for).
 */
export class TemplateChecks {
  readonly #cache = new Map<string, Cached>();
  #settingsKey = '';

  check(
    template: Template,
    compliance: ComplianceSettings,
    settings: TemplateSettings,
    now: Date,
  ): TemplateCheck {
    this.#useSettings(compliance, settings);
    return this.#checkOne(template, compliance, settings, now);
  }

  #checkOne(
    template: Template,
    compliance: ComplianceSettings,
    settings: TemplateSettings,
    now: Date,
  ): TemplateCheck {
    const hit = this.cached(template);
    if (hit !== null) return hit;
    const check = checkTemplate(template, compliance, settings, now);
    this.#cache.set(template.id, { updatedAt: template.updatedAt, variants: template.variants, check });
    return check;
  }

  /** Ids of the templates already known to be blocked: reads the cache, never runs a check. */
  knownBlocked(
    templates: readonly Template[],
    compliance: ComplianceSettings,
    settings: TemplateSettings,
  ): Set<string> {
    this.#useSettings(compliance, settings);
    const blocked = new Set<string>();
    for (const t of templates) if (this.cached(t)?.blocked === true) blocked.add(t.id);
    return blocked;
  }

  /**
   * Checks, a few at a time between other work, every template the cache lacks: a check costs
   * ~5 ms (four languages through the whole compliance gate), so 1,000 templates cold would hold
   * the first library view for seconds. Reads the settings again per batch, so a change midway
   * does not make the warm-up refill the cache with a stale verdict. The pauses do not keep the
   * process alive.
   */
  async warm(templates: () => readonly Template[], current: () => CheckSettings): Promise<void> {
    for (let done = false; !done;) {
      await new Promise<void>((resolve) => setImmediate(resolve).unref());
      const { compliance, settings, now } = current();
      this.#useSettings(compliance, settings);
      let budget = WARM_BATCH;
      done = true;
      for (const t of templates()) {
        if (this.#isFresh(t)) continue;
        if (budget-- === 0) {
          done = false;
          break;
        }
        this.#checkOne(t, compliance, settings, now);
      }
    }
  }

  /** The cached verdict, if the template has not changed since; never runs a check. */
  cached(template: Template): TemplateCheck | null {
    return this.#isFresh(template) ? (this.#cache.get(template.id)?.check ?? null) : null;
  }

  #isFresh(template: Template): boolean {
    // updatedAt alone could miss an import that kept the stamp; the variants object is replaced on every change.
    const hit = this.#cache.get(template.id);
    return hit !== undefined && hit.updatedAt === template.updatedAt && hit.variants === template.variants;
  }

  view(
    template: Template,
    compliance: ComplianceSettings,
    settings: TemplateSettings,
    now: Date,
  ): TemplateView {
    this.#useSettings(compliance, settings);
    return this.#view(template, compliance, settings, now);
  }

  /** view() for a whole list: the settings key is built once, not once per template. */
  views(
    templates: readonly Template[],
    compliance: ComplianceSettings,
    settings: TemplateSettings,
    now: Date,
  ): TemplateView[] {
    this.#useSettings(compliance, settings);
    return templates.map((t) => this.#view(t, compliance, settings, now));
  }

  #view(
    template: Template,
    compliance: ComplianceSettings,
    settings: TemplateSettings,
    now: Date,
  ): TemplateView {
    const check = this.#checkOne(template, compliance, settings, now);
    return {
      template,
      findings: check.findings,
      syntax: check.syntax,
      blocked: check.blocked,
      reviewDue: isReviewDue(template, now, settings.reviewAfterDays),
    };
  }

  #useSettings(compliance: ComplianceSettings, settings: TemplateSettings): void {
    // The whole template settings: sample values (shop name, custom fields) are checked too.
    const key = JSON.stringify([compliance, settings]);
    if (key === this.#settingsKey) return;
    this.#settingsKey = key;
    this.#cache.clear();
  }
}
