import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyInput } from '../../../../../renderer/src/lib/shortcuts.js';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  ...extra,
});

describe('shortcutFor', () => {
  it.each([
    { input: key('j'), want: 'next', why: 'j moves down' },
    { input: key('ArrowDown'), want: 'next', why: 'arrow down' },
    { input: key('k'), want: 'previous', why: 'k moves up' },
    { input: key('ArrowUp'), want: 'previous', why: 'arrow up' },
    { input: key('Enter'), want: 'open', why: 'Enter opens' },
    { input: key('/'), want: 'search', why: '/ focuses search' },
    { input: key('?'), want: 'help', why: '? shows help' },
    { input: key('Escape'), want: 'back', why: 'Esc goes back' },
    { input: key('Escape', { inTextField: true }), want: 'back', why: 'Esc also leaves the search box' },
    { input: key('j', { inTextField: true }), want: null, why: 'typing j in search is text' },
    { input: key('/', { inTextField: true }), want: null, why: 'typing / in search is text' },
    { input: key('Enter', { inTextField: true }), want: null, why: 'Enter in a form field is the field’s' },
    { input: key('j', { ctrlKey: true }), want: null, why: 'modified keys belong to the OS/browser' },
    { input: key('k', { metaKey: true }), want: null, why: 'Cmd+K is not k' },
    { input: key('x'), want: null, why: 'unbound key' },
  ])('$why', ({ input, want }) => {
    expect(shortcutFor(input)).toBe(want);
  });
});
