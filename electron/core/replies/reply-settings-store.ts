import { replySettingsSchema, type ReplySettings } from '../../../shared/api/schemas/replies.js';
import { DEFAULT_REPLY_SETTINGS } from '../../../shared/domain/reply/reply-settings.js';
import type { Store } from '../store/index.js';

/** The reply settings live in the preferences under one key, saved through the contract's schema. */
export const REPLY_PREF = 'replies';

export function defaultReplySettings(): ReplySettings {
  // Parsing copies the readonly defaults into the contract's (mutable) shape, and proves they pass it.
  return replySettingsSchema.parse(structuredClone(DEFAULT_REPLY_SETTINGS));
}

/** Anything the schema refuses (a hand-edited file, an older shape) reads as the defaults. */
export function readReplySettings(store: Store): ReplySettings {
  const parsed = replySettingsSchema.safeParse(store.getSettings().prefs[REPLY_PREF]);
  return parsed.success ? parsed.data : defaultReplySettings();
}

export async function writeReplySettings(store: Store, settings: ReplySettings): Promise<void> {
  const valid = replySettingsSchema.parse(settings);
  await store.updateSettings({ prefs: { ...store.getSettings().prefs, [REPLY_PREF]: valid } });
}
