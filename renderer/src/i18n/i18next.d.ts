import type { en } from './en.js';

// Typed keys: a misspelt t('...') key fails the typecheck instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
