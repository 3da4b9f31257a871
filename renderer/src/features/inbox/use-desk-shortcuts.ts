import { useEffect, useRef } from 'react';
import { shortcutFor, type KeyInput, type ShortcutAction } from '../../lib/shortcuts.js';

export type DeskAction = ShortcutAction | 'no-reply' | 'report-spam' | 'reply';

/**
 * Triage keys on top of lib/shortcuts.ts: `e` is Gmail's "archive" (done with it) and `!` its
 * "report spam", `r` its "reply" (the composer of the open conversation listens for it), the
 * keys people already have in their fingers. Letters never act in a text field.
 */
export function deskActionFor(input: KeyInput): DeskAction | null {
  const base = shortcutFor(input);
  if (base !== null || input.inTextField || input.ctrlKey || input.metaKey || input.altKey) return base;
  if (input.key === 'e' || input.key === 'E') return 'no-reply';
  if (input.key === '!') return 'report-spam';
  if (input.key === 'r' || input.key === 'R') return 'reply';
  return null;
}

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
  handle: (action: DeskAction, event: KeyboardEvent) => void,
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
      const action = deskActionFor({
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
