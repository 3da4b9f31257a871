import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from '../../lib/shortcuts.js';

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** One document-level listener; the handler is read fresh each time so it sees current state. */
export function useDeskShortcuts(
  enabled: boolean,
  handle: (action: ShortcutAction, event: KeyboardEvent) => void,
): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      // Dialogs and menus own their keys (Esc closes them, arrows move within them).
      if (document.querySelector('[role="dialog"], [role="menu"]') !== null) return;
      // Enter on a focused button or link activates that control, not the selected message.
      if (
        e.key === 'Enter' &&
        e.target instanceof HTMLElement &&
        e.target.closest('button, a, [role="button"]')
      )
        return;
      const action = shortcutFor({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        inTextField: inTextField(e.target),
      });
      if (action === null) return;
      e.preventDefault();
      latest.current(action, e);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
