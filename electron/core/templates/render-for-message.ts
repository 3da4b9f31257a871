import { ApiFailure } from '../../../shared/api/result.js';
import type { Req, Res } from '../../../shared/api/types.js';
import { renderTemplateText } from '../../../shared/domain/templates/placeholders.js';
import { prefillValues, type ValueSource } from '../../../shared/domain/templates/values.js';
import { pickVariant } from '../../../shared/domain/templates/variant.js';
import { readReplySettings } from '../replies/reply-settings-store.js';
import { messageFacts, messageOrFail, staffName, type MessageTemplateDeps } from './message-facts.js';

export type RenderRequest = Req<'templates:render'>;
export type RenderResult = Res<'templates:render'>;

/**
 * A template personalised for one message: prefilled from the message, the settings and the
 * desk, overridden by what staff typed. A value nobody has stays `{{name}}` in the text and is
 * listed in `missing`, so the compliance gate (placeholder-left) blocks sending until it is filled.
 */
export async function renderForMessage(deps: MessageTemplateDeps, req: RenderRequest): Promise<RenderResult> {
  const { store, library, checks, now } = deps;
  const template = library.get(req.templateId);
  if (template === null) throw new ApiFailure('not-found', `No template with id "${req.templateId}"`);
  const meta = messageOrFail(store, req.messageId);
  const settings = library.settings();
  if (checks.check(template, readReplySettings(store).compliance, settings, now).blocked)
    throw new ApiFailure(
      'forbidden',
      'This template has a blocking compliance finding; fix it in the library first',
    );

  const picked = pickVariant(template, req.language ?? meta.language);
  const prefilled = prefillValues(
    await messageFacts(store, meta),
    settings,
    staffName(store),
    now,
    picked.language,
    -now.getTimezoneOffset(),
  );
  // A Map, not an object: a typed key such as "constructor" must not find Object's own.
  const merged = new Map<string, { value: string; source: ValueSource }>(Object.entries(prefilled));
  for (const [name, value] of Object.entries(req.values)) {
    // Whitespace is no value: "Dear  ," is exactly what a left placeholder prevents.
    if (value.trim() !== '') merged.set(name, { value, source: 'typed' });
  }
  const values = Object.fromEntries(
    [...merged].filter(([, v]) => v.value.trim() !== '').map(([name, v]) => [name, v.value]),
  );
  const customKeys = new Set(settings.customFields.map((f) => f.key));
  const subject = renderTemplateText(picked.variant.subject, values, customKeys);
  const body = renderTemplateText(picked.variant.body, values, customKeys);
  const used = [...new Set([...subject.used, ...body.used])];

  if (req.use) await library.recordUse(template.id);
  return {
    subject: subject.text,
    body: body.text,
    language: picked.language,
    buyerLanguageMatch: picked.buyerLanguageMatch,
    missing: [...new Set([...subject.missing, ...body.missing])],
    fields: used.map((name) => {
      const field = merged.get(name);
      return field && field.value.trim() !== ''
        ? { name, value: field.value, source: field.source }
        : { name, value: '', source: 'none' as const };
    }),
  };
}
