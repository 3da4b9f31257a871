import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { zh } from './zh.js';
import { pickUiLanguage, type UiLanguage } from './ui-language.js';

const STORAGE_KEY = 'helpdesk.uiLanguage';

function savedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initialUiLanguage(): UiLanguage {
  return pickUiLanguage(
    savedLanguage(),
    navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  );
}

export async function initI18n(): Promise<void> {
  const lng = initialUiLanguage();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: {
      en: { translation: en },
      ja: { translation: ja },
      zh: { translation: zh },
      ko: { translation: ko },
    },
    // React escapes text itself; escaping twice would show &amp; in buyer names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export async function changeUiLanguage(lng: UiLanguage): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session only.
  }
  document.documentElement.lang = lng;
  await i18next.changeLanguage(lng);
}
