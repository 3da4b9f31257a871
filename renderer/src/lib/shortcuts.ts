export type ShortcutAction = 'next' | 'previous' | 'open' | 'search' | 'back' | 'help';

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when focus is in a text field: letters then type text, only arrows/Enter/Esc act. */
  inTextField: boolean;
}

/** The desk's keyboard map (Gmail-like j/k, `/` for search, `?` for help). */
export function shortcutFor(input: KeyInput): ShortcutAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'Escape':
      return 'back';
    case 'ArrowDown':
      return input.inTextField ? null : 'next';
    case 'ArrowUp':
      return input.inTextField ? null : 'previous';
    case 'Enter':
      return input.inTextField ? null : 'open';
  }
  if (input.inTextField) return null;
  switch (input.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case '/':
      return 'search';
    case '?':
      return 'help';
    default:
      return null;
  }
}
