import { ApiFailure } from '../../../shared/api/result.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import type { SuggestContext } from '../../../shared/domain/templates/suggest.js';
import type { MessageFacts } from '../../../shared/domain/templates/values.js';
import { triageMarksOf } from '../../../shared/domain/triage/keywords.js';
import { readStaff } from '../api/triage-handlers.js';
import { threadMessages, threadOrderIds } from '../replies/reply-source.js';
import type { Store } from '../store/index.js';
import type { TemplateChecks } from './template-checks.js';
import type { TemplateLibrary } from './template-library.js';

/** What templates need to know about the open message, read from the store. */

/** What suggesting and rendering for a message work from. */
export interface MessageTemplateDeps {
  store: Store;
  library: TemplateLibrary;
  checks: TemplateChecks;
  now: Date;
}

export function messageOrFail(store: Store, id: string): MessageMeta {
  const meta = store.getMessage(id);
  if (meta === null) throw new ApiFailure('not-found', `No message with id "${id}"`);
  return meta;
}

/** The body text; a message whose blob is damaged still gets its snippet rather than no text. */
async function bodyText(store: Store, meta: MessageMeta): Promise<string> {
  try {
    return (await store.readBody(meta.id)).text;
  } catch {
    return meta.snippet;
  }
}

export async function messageFacts(store: Store, meta: MessageMeta): Promise<MessageFacts> {
  const name = (meta.buyer?.name ?? '').trim() || (meta.from?.name ?? '').trim();
  return {
    buyerName: name === '' ? null : name,
    // The whole thread's: a buyer often quotes the order ID only in the first message.
    orderIds: threadOrderIds(threadMessages(store, meta.threadId)),
    subject: meta.subject,
    body: await bodyText(store, meta),
    language: meta.language,
  };
}

export async function suggestContext(
  store: Store,
  meta: MessageMeta,
  query: string,
  now: Date,
): Promise<SuggestContext> {
  return {
    // A staff correction wins over the classifier; a message not judged yet has no category.
    category: triageMarksOf(meta.flags).category ?? meta.triage?.category ?? null,
    language: meta.language,
    cues: meta.triage?.cues ?? [],
    signals: meta.triage?.signals ?? [],
    subject: meta.subject,
    body: await bodyText(store, meta),
    query,
    now,
  };
}

/** The name of the staff member at this desk (`me` in the triage staff settings), when set. */
export function staffName(store: Store): string | null {
  const { me, staff } = readStaff(store.getSettings().prefs);
  if (me === null) return null;
  const name = staff.find((s) => s.id === me)?.name.trim() ?? '';
  return name === '' ? null : name;
}
