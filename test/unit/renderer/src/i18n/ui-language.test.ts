import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from '../../../../../renderer/src/i18n/ui-language.js';

describe('pickUiLanguage', () => {
  it.each([
    { saved: null, preferred: ['ja-JP'], want: 'ja', why: 'OS locale Japanese' },
    { saved: null, preferred: ['zh-CN', 'en'], want: 'zh', why: 'Simplified Chinese' },
    { saved: null, preferred: ['zh-TW'], want: 'zh', why: 'other Chinese regions still get Chinese' },
    { saved: null, preferred: ['ko_KR'], want: 'ko', why: 'underscore form' },
    { saved: null, preferred: ['fr-FR', 'ko'], want: 'ko', why: 'first supported preference wins' },
    { saved: null, preferred: ['fr-FR'], want: 'en', why: 'unsupported falls back to English' },
    { saved: 'ko', preferred: ['ja-JP'], want: 'ko', why: 'the saved setting beats the OS' },
    { saved: 'xx', preferred: ['ja-JP'], want: 'ja', why: 'a corrupt saved value is ignored' },
    { saved: null, preferred: [], want: 'en', why: 'no information' },
  ])('$why', ({ saved, preferred, want }) => {
    expect(pickUiLanguage(saved, preferred)).toBe(want);
  });
});
