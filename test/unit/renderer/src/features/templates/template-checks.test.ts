import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../../../shared/domain/compliance/types.js';
import {
  blockedLanguages,
  languageChecks,
} from '../../../../../../renderer/src/features/templates/template-checks.js';
import type { TemplateView } from '../../../../../../renderer/src/features/templates/template-types.js';
import { view } from './view-fixture.js';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'email-address',
  severity: 'block',
  field: 'body',
  start: 0,
  end: 4,
  excerpt: 'a@b.c',
  message: 'e-mail',
  ...over,
});

const checked: TemplateView = {
  ...view({ variants: { ja: { subject: '件名', body: 'a@b.c {{oops' }, en: { subject: 'Hi', body: 'ok' } } }),
  findings: {
    ja: [finding({}), finding({ rule: 'promotion', severity: 'warn', field: 'subject', start: 0, end: 2 })],
  },
  syntax: { ja: [{ field: 'body', kind: 'unclosed', start: 6, end: 12, name: 'oops' }], ko: [] },
  blocked: true,
};

describe('languageChecks', () => {
  it.each([
    {
      current: { subject: '件名', body: 'a@b.c {{oops' },
      lang: 'ja' as const,
      body: [
        { start: 6, end: 12, severity: 'block' },
        { start: 0, end: 4, severity: 'block' },
      ],
      subject: [{ start: 0, end: 2, severity: 'warn' }],
      stale: false,
      why: 'unchanged text: syntax errors (always blocking) and findings are painted',
    },
    {
      current: { subject: '件名', body: 'edited' },
      lang: 'ja' as const,
      body: [],
      subject: [{ start: 0, end: 2, severity: 'warn' }],
      stale: true,
      why: 'an edited field loses its highlights, the untouched one keeps them',
    },
    {
      current: { subject: 'Hi', body: 'ok' },
      lang: 'en' as const,
      body: [],
      subject: [],
      stale: false,
      why: 'a clean language has nothing to show',
    },
    {
      current: { subject: '', body: '新しい' },
      lang: 'ko' as const,
      body: [],
      subject: [],
      stale: true,
      why: 'a version added since the save was never checked',
    },
  ])('$why', ({ current, lang, body, subject, stale }) => {
    const c = languageChecks(checked, lang, current);
    expect(c.marks).toEqual({ subject, body });
    expect(c.stale).toBe(stale);
  });

  it('a never-saved template has no verdict and is not "stale"', () => {
    expect(languageChecks(null, 'ja', { subject: '', body: 'x' })).toEqual({
      findings: [],
      syntax: [],
      marks: { subject: [], body: [] },
      stale: false,
    });
  });
});

describe('blockedLanguages', () => {
  it.each([
    { v: checked, want: ['ja'], why: 'blocking finding and syntax error in ja; an empty ko list is clean' },
    {
      v: { ...checked, findings: { en: [finding({ severity: 'warn', rule: 'promotion' })] }, syntax: {} },
      want: [],
      why: 'warnings do not block',
    },
    {
      v: {
        ...checked,
        findings: {},
        syntax: {
          zh: [{ field: 'subject' as const, kind: 'stray-close' as const, start: 0, end: 2, name: '' }],
        },
      },
      want: ['zh'],
      why: 'a syntax error alone blocks',
    },
    { v: null, want: [], why: 'new template' },
  ])('$why', ({ v, want }) => {
    expect([...blockedLanguages(v)].sort()).toEqual(want);
  });
});
