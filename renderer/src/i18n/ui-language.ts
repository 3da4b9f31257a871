export const UI_LANGUAGES = ['ja', 'en', 'zh', 'ko'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Names shown in the language menu, each in its own language so a lost user can find theirs. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  ja: '日本語',
  en: 'English',
  zh: '简体中文',
  ko: '한국어',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the UI language: a saved choice wins, then the first OS/browser locale we support (BCP 47
 * primary subtag, so zh-TW still gets Chinese), then English.
 */
export function pickUiLanguage(saved: string | null, preferred: readonly string[]): UiLanguage {
  if (isUiLanguage(saved)) return saved;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}
