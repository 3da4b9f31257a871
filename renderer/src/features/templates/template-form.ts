import {
  TEMPLATE_KINDS,
  TEMPLATE_LANGUAGES,
  type TemplateKind,
  type TemplateLanguage,
  type TemplateVariant,
} from '../../../../shared/domain/templates/types.js';
import type { TemplateSaveInput, TemplateView } from './template-types.js';

/** What the editor holds: the template's editable part, before the core stamps dates and counts. */
export interface TemplateForm {
  id: string | null;
  name: string;
  tags: string[];
  kinds: TemplateKind[];
  defaultLanguage: TemplateLanguage;
  variants: Partial<Record<TemplateLanguage, TemplateVariant>>;
}

export type FormProblem =
  | 'name-empty'
  | 'name-too-long'
  | 'default-variant-missing'
  | 'body-empty'
  | 'subject-too-long'
  | 'body-too-long';

export interface FormCheck {
  /** null when a problem stops saving. */
  input: TemplateSaveInput | null;
  problems: Array<{ problem: FormProblem; language: TemplateLanguage | null }>;
}

const MAX_NAME = 200;
const MAX_SUBJECT = 1000;
/** MAX_TEMPLATE_TEXT of the schema, restated so zod stays out of the window's bundle. */
const MAX_BODY = 20_000;

/** A new template starts in the UI language when it is one of the template languages. */
export function emptyForm(uiLanguage: string): TemplateForm {
  const lang = TEMPLATE_LANGUAGES.find((l) => uiLanguage.startsWith(l)) ?? 'ja';
  return {
    id: null,
    name: '',
    tags: [],
    kinds: [],
    defaultLanguage: lang,
    variants: { [lang]: { subject: '', body: '' } },
  };
}

export function formFromView(view: TemplateView): TemplateForm {
  const { template } = view;
  return {
    id: template.id,
    name: template.name,
    tags: [...template.tags],
    kinds: [...template.kinds],
    defaultLanguage: template.defaultLanguage,
    variants: { ...template.variants },
  };
}

/**
 * Form → templates:save. Names and tags are trimmed; kinds keep the fixed inquiry/complaint/thanks
 * order so an unchanged form compares equal. A variant with neither subject nor body is dropped
 * (an "added" tab nobody wrote in is not a translation); the default language must keep a body,
 * since every insertion falls back to it.
 */
export function checkForm(form: TemplateForm, reviewed: boolean): FormCheck {
  const problems: FormCheck['problems'] = [];
  const name = form.name.trim();
  if (name === '') problems.push({ problem: 'name-empty', language: null });
  if (name.length > MAX_NAME) problems.push({ problem: 'name-too-long', language: null });
  const variants: Partial<Record<TemplateLanguage, TemplateVariant>> = {};
  for (const lang of TEMPLATE_LANGUAGES) {
    const v = form.variants[lang];
    if (v === undefined) continue;
    const empty = v.subject.trim() === '' && v.body.trim() === '';
    if (empty && lang !== form.defaultLanguage) continue;
    if (v.body.trim() === '') problems.push({ problem: 'body-empty', language: lang });
    if (v.subject.length > MAX_SUBJECT) problems.push({ problem: 'subject-too-long', language: lang });
    if (v.body.length > MAX_BODY) problems.push({ problem: 'body-too-long', language: lang });
    variants[lang] = { subject: v.subject, body: v.body };
  }
  if (form.variants[form.defaultLanguage] === undefined) {
    problems.push({ problem: 'default-variant-missing', language: form.defaultLanguage });
  }
  if (problems.length > 0) return { input: null, problems };
  return {
    problems,
    input: {
      id: form.id,
      name,
      tags: form.tags,
      kinds: TEMPLATE_KINDS.filter((k) => form.kinds.includes(k)),
      defaultLanguage: form.defaultLanguage,
      variants,
      reviewed,
    },
  };
}

/** Unsaved changes: compared on what would be saved, so trailing spaces in a name do not count. */
export function isDirty(form: TemplateForm, saved: TemplateForm): boolean {
  return JSON.stringify(normalised(form)) !== JSON.stringify(normalised(saved));
}

function normalised(form: TemplateForm): unknown {
  const variants = TEMPLATE_LANGUAGES.flatMap((lang) => {
    const v = form.variants[lang];
    if (v === undefined || (v.subject === '' && v.body === '' && lang !== form.defaultLanguage)) return [];
    return [[lang, v.subject, v.body]];
  });
  return {
    id: form.id,
    name: form.name.trim(),
    tags: form.tags,
    kinds: TEMPLATE_KINDS.filter((k) => form.kinds.includes(k)),
    defaultLanguage: form.defaultLanguage,
    variants,
  };
}

export function toggleKind(kinds: readonly TemplateKind[], kind: TemplateKind, on: boolean): TemplateKind[] {
  const rest = kinds.filter((k) => k !== kind);
  return on ? TEMPLATE_KINDS.filter((k) => k === kind || rest.includes(k)) : rest;
}
