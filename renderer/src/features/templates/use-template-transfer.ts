import { useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import { exportFileName, MAX_IMPORT_BYTES } from './import-export.js';
import type { ImportPreviewValue } from './template-types.js';

export type TransferNotice =
  | { kind: 'exported'; n: number; file: string }
  | { kind: 'export-failed'; error: ApiError }
  | { kind: 'too-big' }
  | { kind: 'read-failed' }
  | { kind: 'import-failed'; error: ApiError }
  | { kind: 'imported'; added: number; updated: number };

export interface TransferHandle {
  exportAll: () => void;
  chooseFile: (file: File) => void;
  /** The file read and previewed, waiting for the user's yes. */
  pending: { json: string; preview: ImportPreviewValue } | null;
  confirm: () => void;
  cancel: () => void;
  busy: boolean;
  notice: TransferNotice | null;
  clearNotice: () => void;
}

/**
 * Export writes the core's JSON to a file the browser downloads (no network, no file dialog of
 * ours); import reads the chosen file as text, asks the core what would change, and applies
 * only after the user confirms — the core applies all of it or none.
 */
export function useTemplateTransfer(onImported: () => void): TransferHandle {
  const [pending, setPending] = useState<TransferHandle['pending']>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<TransferNotice | null>(null);
  return {
    pending,
    busy,
    notice,
    clearNotice: () => setNotice(null),
    exportAll: () => {
      setBusy(true);
      void call('templates:export', {}).then((res) => {
        setBusy(false);
        if (!res.ok) return setNotice({ kind: 'export-failed', error: res.error });
        const file = exportFileName(new Date());
        download(res.value.json, file);
        setNotice({ kind: 'exported', n: res.value.count, file });
      });
    },
    chooseFile: (file) => {
      setNotice(null);
      if (file.size > MAX_IMPORT_BYTES) return setNotice({ kind: 'too-big' });
      setBusy(true);
      file.text().then(
        (json) =>
          call('templates:import-preview', { json }).then((res) => {
            setBusy(false);
            if (!res.ok) return setNotice({ kind: 'import-failed', error: res.error });
            setPending({ json, preview: res.value });
          }),
        () => {
          setBusy(false);
          setNotice({ kind: 'read-failed' });
        },
      );
    },
    cancel: () => setPending(null),
    confirm: () => {
      if (pending === null) return;
      setBusy(true);
      void call('templates:import-apply', { json: pending.json }).then((res) => {
        setBusy(false);
        setPending(null);
        if (!res.ok) return setNotice({ kind: 'import-failed', error: res.error });
        setNotice({ kind: 'imported', added: res.value.added, updated: res.value.updated });
        onImported();
      });
    },
  };
}

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
