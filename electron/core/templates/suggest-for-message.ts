import type { Res } from '../../../shared/api/types.js';
import { suggestTemplates } from '../../../shared/domain/templates/suggest.js';
import { readReplySettings } from '../replies/reply-settings-store.js';
import type { Template } from '../../../shared/domain/templates/types.js';
import { messageOrFail, suggestContext, type MessageTemplateDeps } from './message-facts.js';

/**
 * Templates ranked for one message; blocked ones are listed (marked) so staff see why they cannot
 * insert them. Ranking gets the blocked set the cache already knows; the few suggestions
 * returned are then checked for certain. Checking all 1,000 templates of a cold cache first
 * would take seconds (TemplateChecks.warm fills it in the background instead), and the rank
 * does not depend on the flag, which is for the window to show.
 */
export async function suggestForMessage(
  deps: MessageTemplateDeps,
  messageId: string,
  query: string,
): Promise<Res<'templates:suggest'>> {
  const { store, library, checks, now } = deps;
  const meta = messageOrFail(store, messageId);
  const templates = library.list();
  const compliance = readReplySettings(store).compliance;
  const settings = library.settings();
  const blocked = checks.knownBlocked(templates, compliance, settings);
  const suggestions = suggestTemplates(templates, blocked, await suggestContext(store, meta, query, now));
  for (const s of suggestions) {
    const template = library.get(s.templateId);
    if (template !== null) s.blocked = checks.check(template, compliance, settings, now).blocked;
  }
  return { suggestions };
}

/** Builds the per-template suggestion index (tokens, topics) ahead of the first real call. */
export function warmSuggestions(templates: readonly Template[], now: Date): void {
  suggestTemplates(
    templates,
    new Set(),
    { category: null, language: 'other', cues: [], signals: [], subject: '', body: '', query: '', now },
    1,
  );
}
