import { useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import type { TemplateLanguage } from '../../../../shared/domain/templates/types.js';
import { renderValues, type RenderResult } from './picker-fields.js';

/** The preview follows typing after a short pause (issue 6: "a live preview"). */
export const PREVIEW_DEBOUNCE_MS = 250;

export interface RenderTarget {
  templateId: string;
  messageId: string;
  language: TemplateLanguage;
}

export type PreviewState =
  | { state: 'loading'; result: RenderResult | null }
  | { state: 'ready'; result: RenderResult }
  | { state: 'failed'; result: RenderResult | null; error: ApiError };

/**
 * The personalise step's preview: templates:render with use=false, so looking at a template
 * never counts as using it. The first render is immediate (it fills the form); later ones wait
 * for a pause in typing.
 */
export function useTemplatePreview(
  target: RenderTarget,
  typed: Readonly<Record<string, string>>,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ state: 'loading', result: null });
  const { templateId, messageId, language } = target;
  const key = JSON.stringify(renderValues(typed));
  // Read inside the effect, not a dependency: the first answer must not trigger a second call.
  const hasResult = useRef(false);
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(
      () => {
        const values = JSON.parse(key) as Record<string, string>;
        void call('templates:render', { templateId, messageId, language, values, use: false }).then((r) => {
          if (!live) return;
          if (r.ok) hasResult.current = true;
          setState((prev) =>
            r.ok
              ? { state: 'ready', result: r.value }
              : { state: 'failed', result: prev.result, error: r.error },
          );
        });
      },
      hasResult.current ? PREVIEW_DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [templateId, messageId, language, key]);
  return state;
}

/** The insertion itself: counted as a use (it ranks "recently used" suggestions). */
export async function renderForInsert(
  target: RenderTarget,
  typed: Readonly<Record<string, string>>,
): Promise<Result<RenderResult>> {
  return call('templates:render', { ...target, values: renderValues(typed), use: true });
}
