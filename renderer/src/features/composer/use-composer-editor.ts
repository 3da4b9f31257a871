import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type {
  AttachmentPurpose,
  ComplianceSettings,
  Finding,
} from '../../../../shared/domain/compliance/types.js';
import {
  initialState,
  importantTag,
  subjectShift,
  toComplianceDraft,
  toDraftInput,
  withPurpose,
  type DraftAttachmentView,
  type EditorState,
  type ReplyDefaults,
  type SavedDraft,
} from './composer-draft.js';
import type { Mark } from './finding-segments.js';
import { applyFormat, htmlToText, textToHtml, type HtmlFormat } from './simple-html.js';
import { insertTemplateIntoHtml, insertTemplateText } from '../template-picker/insert-text.js';
import { useAutosave, type Autosave } from './use-autosave.js';
import { useLiveFindings } from './use-live-findings.js';
import { useSendReply, type SendReply } from './use-send-reply.js';

export interface ComposerEditor {
  state: EditorState;
  /** The core's verdict after a blocked send, else the live check. */
  findings: readonly Finding[];
  fromCore: boolean;
  /** Marks for the text being edited (the body, or the HTML source in HTML mode). */
  editorMarks: Mark[];
  subjectFindings: Finding[];
  autosave: Autosave;
  sending: SendReply;
  editorRef: RefObject<HTMLTextAreaElement | null>;
  subjectRef: RefObject<HTMLInputElement | null>;
  update: (patch: Partial<EditorState>) => void;
  setEditorText: (text: string) => void;
  setHtmlMode: (on: boolean) => void;
  format: (format: HtmlFormat, href?: string) => void;
  /** Puts text (a rendered template) at the cursor, or replaces a blank body; focus returns to the editor. */
  insertText: (text: string) => void;
  addAttachment: (a: DraftAttachmentView) => void;
  removeAttachment: (id: string) => void;
  setPurpose: (id: string, purpose: AttachmentPurpose) => void;
  confirmLink: (href: string) => void;
  unconfirmLink: (href: string) => void;
  select: (finding: Finding) => void;
  send: () => void;
}

interface Options {
  threadId: string;
  defaults: ReplyDefaults;
  draft: SavedDraft | null;
  settings: ComplianceSettings;
  onQueued: (outboxId: string) => void;
}

/** The editor's state and every action on it; the component only lays the fields out. */
export function useComposerEditor({
  threadId,
  defaults,
  draft,
  settings,
  onQueued,
}: Options): ComposerEditor {
  const [state, setState] = useState<EditorState>(() => initialState(defaults, draft));
  // Nothing is saved until the user changes something: opening the editor is not a draft.
  const [touched, setTouched] = useState(false);
  const editorRef = useRef<HTMLTextAreaElement | null>(null);
  const subjectRef = useRef<HTMLInputElement | null>(null);

  const input = useMemo(
    () => toDraftInput(threadId, defaults.inReplyTo, state),
    [threadId, defaults.inReplyTo, state],
  );
  const autosave = useAutosave(touched ? input : null, draft?.savedAt ?? null);
  const sending = useSendReply(autosave, onQueued);
  const checked = useMemo(() => toComplianceDraft(state, defaults), [state, defaults]);
  const live = useLiveFindings(checked, settings);
  const findings = sending.coreFindings ?? live;
  const shift = subjectShift(state, importantTag(defaults));

  const { clearCore } = sending;
  const change = useCallback(
    (next: (s: EditorState) => EditorState) => {
      setState(next);
      setTouched(true);
      clearCore();
    },
    [clearCore],
  );
  const update = useCallback((patch: Partial<EditorState>) => change((s) => ({ ...s, ...patch })), [change]);

  const editorMarks = useMemo(() => {
    const field = state.html === null ? 'body' : 'html';
    return findings.filter((f) => f.field === field);
  }, [findings, state.html]);
  const subjectFindings = useMemo(
    () =>
      findings
        .filter((f) => f.field === 'subject')
        .map((f) => ({ ...f, start: Math.max(0, f.start - shift), end: Math.max(0, f.end - shift) })),
    [findings, shift],
  );

  const select = useCallback(
    (f: Finding) => {
      if (f.field === 'subject') {
        const el = subjectRef.current;
        el?.focus();
        el?.setSelectionRange(Math.max(0, f.start - shift), Math.max(0, f.end - shift));
        return;
      }
      const el = editorRef.current;
      if (el === null || f.field === 'attachments') return;
      let { start, end } = f;
      // In HTML mode body findings point into the derived text: find the same words in the source.
      if (f.field === 'body' && state.html !== null) {
        const at = f.excerpt === '' ? -1 : state.html.indexOf(f.excerpt);
        if (at < 0) return;
        [start, end] = [at, at + f.excerpt.length];
      }
      el.focus();
      el.setSelectionRange(start, end);
    },
    [shift, state.html],
  );

  const format = useCallback(
    (fmt: HtmlFormat, href?: string) => {
      const el = editorRef.current;
      if (el === null || state.html === null) return;
      const edit = applyFormat(state.html, el.selectionStart, el.selectionEnd, fmt, href);
      update({ html: edit.text });
      requestAnimationFrame(() => {
        el.focus();
        el.setSelectionRange(edit.selStart, edit.selEnd);
      });
    },
    [state.html, update],
  );

  const insertText = useCallback(
    (text: string) => {
      const el = editorRef.current;
      const current = state.html ?? state.body;
      // The textarea keeps its selection while the picker has focus; no editor (HTML preview) means the end.
      const [start, end] =
        el === null ? [current.length, current.length] : [el.selectionStart, el.selectionEnd];
      const edit =
        state.html === null
          ? insertTemplateText(current, start, end, text)
          : insertTemplateIntoHtml(current, start, end, text);
      update(state.html === null ? { body: edit.text } : { html: edit.text });
      requestAnimationFrame(() => {
        editorRef.current?.focus();
        editorRef.current?.setSelectionRange(edit.caret, edit.caret);
      });
    },
    [state.html, state.body, update],
  );

  return {
    state,
    findings,
    fromCore: sending.coreFindings !== null,
    editorMarks,
    subjectFindings,
    autosave,
    sending,
    editorRef,
    subjectRef,
    update,
    setEditorText: (text) => update(state.html === null ? { body: text } : { html: text }),
    setHtmlMode: (on) =>
      change((s) =>
        on
          ? { ...s, html: s.html ?? textToHtml(s.body) }
          : { ...s, body: s.html === null ? s.body : htmlToText(s.html), html: null },
      ),
    format,
    insertText,
    addAttachment: (a) => change((s) => ({ ...s, attachments: [...s.attachments, a] })),
    removeAttachment: (id) =>
      change((s) => ({ ...s, attachments: s.attachments.filter((a) => a.id !== id) })),
    setPurpose: (id, purpose) => change((s) => withPurpose(s, id, purpose)),
    confirmLink: (href) =>
      change((s) =>
        s.confirmedLinks.includes(href) ? s : { ...s, confirmedLinks: [...s.confirmedLinks, href] },
      ),
    unconfirmLink: (href) =>
      change((s) => ({ ...s, confirmedLinks: s.confirmedLinks.filter((l) => l !== href) })),
    select,
    send: () => void sending.send(input),
  };
}
