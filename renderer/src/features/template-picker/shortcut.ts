export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
}

/**
 * Ctrl+. (⌘. on a Mac) opens the template picker from anywhere in the composer. Chosen because
 * it types nothing: `/` is text in a reply, Alt+T types "†" on a Mac keyboard, and Ctrl+Shift+T
 * is "reopen tab" in the browser the e2e tests drive. Ignored while an IME is composing, where
 * the keys belong to the Japanese/Chinese/Korean input.
 */
export function isTemplatePickerShortcut(e: ShortcutKey): boolean {
  if (e.isComposing || e.altKey || e.shiftKey) return false;
  return e.key === '.' && e.ctrlKey !== e.metaKey;
}
