import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import {
  checkForm,
  emptyForm,
  formFromView,
  isDirty,
  type FormCheck,
  type TemplateForm,
} from './template-form.js';
import type { TemplateView } from './template-types.js';

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: ApiError };

/** Where the user wants to go next; held back while the form has unsaved changes. */
export type Move = { to: 'open'; id: string } | { to: 'new' } | { to: 'close' };

export interface Editing {
  form: TemplateForm;
  saved: TemplateForm;
  /** The core's verdict on the saved version (null for a template never saved). */
  view: TemplateView | null;
}

export interface LibraryHandle {
  views: TemplateView[] | null;
  loadError: ApiError | null;
  editing: Editing | null;
  dirty: boolean;
  check: FormCheck | null;
  reviewedTick: boolean;
  setReviewedTick: (on: boolean) => void;
  setForm: (update: (form: TemplateForm) => TemplateForm) => void;
  /** Asks to move; returns false when the unsaved-changes question must be asked first. */
  move: (move: Move) => boolean;
  pendingMove: Move | null;
  confirmMove: () => void;
  cancelMove: () => void;
  save: () => void;
  saveState: SaveState;
  duplicate: () => void;
  remove: () => void;
  markReviewed: () => void;
  undo: { token: string; name: string } | null;
  restore: () => void;
  dismissUndo: () => void;
  actionError: ApiError | null;
  reload: () => void;
}

/** The library's state: the list from the core, the template being edited, and its actions. */
export function useTemplateLibrary(uiLanguage: string, onClose: () => void): LibraryHandle {
  const [views, setViews] = useState<TemplateView[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reviewedTick, setReviewedTick] = useState(false);
  const [pendingMove, setPendingMove] = useState<Move | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [undo, setUndo] = useState<{ token: string; name: string } | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let alive = true;
    void call('templates:list', {}).then((res) => {
      if (!alive) return;
      if (!res.ok) return setLoadError(res.error);
      setLoadError(null);
      setViews(res.value.templates);
    });
    return () => {
      alive = false;
    };
  }, [tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  const dirty = editing !== null && (editing.view === null || isDirty(editing.form, editing.saved));
  // A new template is always "reviewed" on its first save: someone just wrote it.
  const reviewed = editing?.view === null || reviewedTick;
  const check = editing === null ? null : checkForm(editing.form, reviewed);

  const open = (view: TemplateView) => {
    const form = formFromView(view);
    setEditing({ form, saved: form, view });
    setReviewedTick(false);
    setSaveState({ status: 'idle' });
  };

  const apply = (move: Move) => {
    setActionError(null);
    if (move.to === 'close') return onClose();
    if (move.to === 'new') {
      const form = emptyForm(uiLanguage);
      setEditing({ form, saved: form, view: null });
      setSaveState({ status: 'idle' });
      return;
    }
    const view = views?.find((v) => v.template.id === move.id);
    if (view !== undefined) open(view);
  };

  /** Replaces one template in the list (or adds it) with the core's fresh view of it. */
  const upsert = (view: TemplateView) =>
    setViews((list) => {
      const rest = (list ?? []).filter((v) => v.template.id !== view.template.id);
      return [...rest, view];
    });

  return {
    views,
    loadError,
    editing,
    dirty,
    check,
    reviewedTick,
    setReviewedTick,
    setForm: (update) => {
      setEditing((e) => (e === null ? e : { ...e, form: update(e.form) }));
      setSaveState({ status: 'idle' });
    },
    move: (move) => {
      if (dirty) {
        setPendingMove(move);
        return false;
      }
      apply(move);
      return true;
    },
    pendingMove,
    confirmMove: () => {
      if (pendingMove !== null) apply(pendingMove);
      setPendingMove(null);
    },
    cancelMove: () => setPendingMove(null),
    save: () => {
      const input = check?.input ?? null;
      if (input === null) return;
      setSaveState({ status: 'saving' });
      void call('templates:save', input).then((res) => {
        if (!res.ok) return setSaveState({ status: 'failed', error: res.error });
        upsert(res.value);
        open(res.value);
        setSaveState({ status: 'saved' });
      });
    },
    saveState,
    duplicate: () => {
      const id = editing?.view?.template.id;
      if (id === undefined) return;
      void call('templates:duplicate', { id }).then((res) => {
        if (!res.ok) return setActionError(res.error);
        upsert(res.value);
        open(res.value);
      });
    },
    remove: () => {
      const template = editing?.view?.template;
      if (template === undefined) return;
      void call('templates:delete', { id: template.id }).then((res) => {
        if (!res.ok) return setActionError(res.error);
        setViews((list) => (list ?? []).filter((v) => v.template.id !== template.id));
        setEditing(null);
        setUndo({ token: res.value.undoToken, name: template.name });
      });
    },
    markReviewed: () => {
      const id = editing?.view?.template.id;
      if (id === undefined) return;
      void call('templates:mark-reviewed', { id }).then((res) => {
        if (!res.ok) return setActionError(res.error);
        upsert(res.value);
        // Only the verdict and dates change: the user's unsaved edits stay in the form.
        setEditing((e) => (e === null ? e : { ...e, view: res.value }));
      });
    },
    undo,
    restore: () => {
      if (undo === null) return;
      setUndo(null);
      void call('templates:restore', { undoToken: undo.token }).then((res) => {
        if (!res.ok) return setActionError(res.error);
        upsert(res.value);
        if (editing === null || !dirty) open(res.value);
      });
    },
    dismissUndo: () => setUndo(null),
    actionError,
    reload,
  };
}
