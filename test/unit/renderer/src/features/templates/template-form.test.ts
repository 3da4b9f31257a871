import { describe, expect, it } from 'vitest';
import {
  checkForm,
  emptyForm,
  formFromView,
  isDirty,
  toggleKind,
  type TemplateForm,
} from '../../../../../../renderer/src/features/templates/template-form.js';
import { view } from './view-fixture.js';

const base: TemplateForm = {
  id: 't1',
  name: '返品のご案内',
  tags: ['返品'],
  kinds: ['complaint'],
  defaultLanguage: 'ja',
  variants: { ja: { subject: '返品について', body: '{{buyerName}}様' } },
};

describe('checkForm', () => {
  it.each([
    {
      form: base,
      problems: [],
      why: 'a complete form saves',
    },
    { form: { ...base, name: '  ' }, problems: ['name-empty'], why: 'a name is required' },
    { form: { ...base, name: 'x'.repeat(201) }, problems: ['name-too-long'], why: 'schema allows 200' },
    {
      form: { ...base, variants: { ja: { subject: 'x', body: ' \n ' } } },
      problems: ['body-empty:ja'],
      why: 'the default language needs a body',
    },
    {
      form: { ...base, variants: { en: { subject: 'Hi', body: 'Hello' } } },
      problems: ['default-variant-missing:ja'],
      why: 'the default language must have a variant (every insertion falls back to it)',
    },
    {
      form: { ...base, variants: { ...base.variants, ko: { subject: '문의', body: '' } } },
      problems: ['body-empty:ko'],
      why: 'a started translation with a subject but no body is not silently dropped',
    },
    {
      form: {
        ...base,
        variants: { ...base.variants, en: { subject: 'x'.repeat(1001), body: 'y'.repeat(20_001) } },
      },
      problems: ['subject-too-long:en', 'body-too-long:en'],
      why: 'refused with a message, never truncated',
    },
  ])('$why', ({ form, problems }) => {
    const check = checkForm(form, false);
    expect(
      check.problems.map((p) => (p.language === null ? p.problem : `${p.problem}:${p.language}`)),
    ).toEqual(problems);
    expect(check.input === null).toBe(problems.length > 0);
  });

  it.each([
    {
      form: { ...base, name: ' 返品 ', kinds: ['thanks', 'inquiry'] as TemplateForm['kinds'] },
      reviewed: true,
      want: { name: '返品', kinds: ['inquiry', 'thanks'], reviewed: true },
      why: 'trimmed name, kinds in the fixed order, the reviewed tick passed on',
    },
    {
      form: { ...base, variants: { ...base.variants, en: { subject: ' ', body: '' } } },
      reviewed: false,
      want: { variants: base.variants, reviewed: false },
      why: 'an empty added tab is not saved as a translation',
    },
    {
      form: { ...base, id: null },
      reviewed: false,
      want: { id: null },
      why: 'id null makes a new template',
    },
  ])('input: $why', ({ form, reviewed, want }) => {
    expect(checkForm(form, reviewed).input).toMatchObject(want);
  });
});

describe('isDirty', () => {
  it.each([
    { edit: (f: TemplateForm) => f, dirty: false, why: 'unchanged' },
    {
      edit: (f: TemplateForm) => ({ ...f, name: `${f.name}  ` }),
      dirty: false,
      why: 'trailing spaces are not saved',
    },
    { edit: (f: TemplateForm) => ({ ...f, name: '別名' }), dirty: true, why: 'renamed' },
    {
      edit: (f: TemplateForm) => ({ ...f, kinds: ['inquiry', 'complaint'] as TemplateForm['kinds'] }),
      dirty: true,
      why: 'kind added',
    },
    {
      edit: (f: TemplateForm) => ({ ...f, variants: { ...f.variants, ko: { subject: '', body: '' } } }),
      dirty: false,
      why: 'an added but empty variant changes nothing saved',
    },
    {
      edit: (f: TemplateForm) => ({ ...f, variants: { ja: { subject: '返品について', body: '変更' } } }),
      dirty: true,
      why: 'body edited',
    },
  ])('$why', ({ edit, dirty }) => {
    expect(isDirty(edit(base), base)).toBe(dirty);
  });
});

describe('emptyForm / formFromView', () => {
  it.each([
    { ui: 'ko', lang: 'ko', why: 'Korean UI writes Korean first' },
    { ui: 'zh-CN', lang: 'zh', why: 'region suffix ignored' },
    { ui: 'fr', lang: 'ja', why: 'not a template language: Japanese, the main market' },
  ])('$why', ({ ui, lang }) => {
    const form = emptyForm(ui);
    expect(form.defaultLanguage).toBe(lang);
    expect(Object.keys(form.variants)).toEqual([lang]);
  });

  it('copies the template so editing the form never mutates the list', () => {
    const v = view({ tags: ['a'], kinds: ['inquiry'] });
    const form = formFromView(v);
    form.tags.push('b');
    form.kinds.push('thanks');
    expect([v.template.tags, v.template.kinds]).toEqual([['a'], ['inquiry']]);
  });
});

describe('toggleKind', () => {
  it.each([
    { kinds: [], kind: 'thanks', on: true, want: ['thanks'], why: 'add' },
    { kinds: ['thanks'], kind: 'inquiry', on: true, want: ['inquiry', 'thanks'], why: 'fixed order' },
    { kinds: ['inquiry'], kind: 'inquiry', on: true, want: ['inquiry'], why: 'no duplicate' },
    { kinds: ['inquiry', 'thanks'], kind: 'inquiry', on: false, want: ['thanks'], why: 'remove' },
  ] as const)('$why', ({ kinds, kind, on, want }) => {
    expect(toggleKind(kinds, kind, on)).toEqual(want);
  });
});
