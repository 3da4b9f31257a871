import { describe, expect, it } from 'vitest';
import {
  isTemplatePickerShortcut,
  type ShortcutKey,
} from '../../../../../../renderer/src/features/template-picker/shortcut.js';

const key = (patch: Partial<ShortcutKey>): ShortcutKey => ({
  key: '.',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...patch,
});

describe('isTemplatePickerShortcut', () => {
  const cases = [
    { why: 'Ctrl+. on Windows and Linux', input: key({ ctrlKey: true }), expected: true },
    { why: '⌘. on a Mac', input: key({ metaKey: true }), expected: true },
    { why: 'a plain full stop is text', input: key({}), expected: false },
    { why: '/ is text in a reply', input: key({ key: '/' }), expected: false },
    {
      why: 'Alt+. is not it (Alt types characters on a Mac)',
      input: key({ ctrlKey: true, altKey: true }),
      expected: false,
    },
    { why: 'Ctrl+Shift is another shortcut', input: key({ ctrlKey: true, shiftKey: true }), expected: false },
    {
      why: 'Ctrl+⌘ together is not a deliberate press',
      input: key({ ctrlKey: true, metaKey: true }),
      expected: false,
    },
    {
      why: 'while an IME composes, the keys are the IME’s',
      input: key({ ctrlKey: true, isComposing: true }),
      expected: false,
    },
    { why: 'Ctrl+T is the browser’s', input: key({ key: 't', ctrlKey: true }), expected: false },
  ];
  it.each(cases)('$why', ({ input, expected }) => {
    expect(isTemplatePickerShortcut(input)).toBe(expected);
  });
});
