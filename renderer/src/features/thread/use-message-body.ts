import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import type { RedecodeCharset } from '../../api/desk-types.js';

export interface BodyContent {
  text: string;
  html: string | null;
  /** Set after a re-decode: the charset the user picked. */
  charset: string | null;
}

export type BodyState =
  { state: 'loading' } | { state: 'ready'; body: BodyContent } | { state: 'failed'; error: ApiError };

export function useMessageBody(id: string): {
  body: BodyState;
  redecode: (charset: RedecodeCharset) => Promise<ApiError | null>;
} {
  const [body, setBody] = useState<BodyState>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void call('messages:get', { id }).then((r) => {
      if (!live) return;
      setBody(
        r.ok
          ? { state: 'ready', body: { ...r.value.body, charset: r.value.meta.charset } }
          : { state: 'failed', error: r.error },
      );
    });
    return () => {
      live = false;
    };
  }, [id]);

  const redecode = async (charset: RedecodeCharset): Promise<ApiError | null> => {
    const r = await call('messages:redecode', { id, charset });
    if (!r.ok) return r.error;
    setBody({ state: 'ready', body: r.value });
    return null;
  };

  return { body, redecode };
}
