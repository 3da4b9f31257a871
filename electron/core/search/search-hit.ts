import type { MessageMeta, StoredBody } from '../../../shared/domain/message.js';
import { highlightRanges, type Range } from './highlight.js';

/** What the search index needs from the store (the real Store satisfies it). */
export interface SearchSource {
  listMessages(filter: { order: 'sync'; includeExpunged: boolean }): MessageMeta[];
  getMessage(id: string): MessageMeta | null;
  readBody(id: string): Promise<StoredBody>;
}

export interface SearchIndexOptions {
  chunk?: number;
  /** Where the index is persisted; null (tests) keeps it in memory only. */
  file?: string | null;
}

export interface SearchHit {
  id: string;
  score: number;
  subjectHighlights: Range[];
  snippetHighlights: Range[];
  /** The row's metadata, so the list needs no request per hit (the bridge strips it to a summary). */
  summary: MessageMeta;
}

export interface SearchAnswer {
  items: SearchHit[];
  total: number;
  /** Present while the index is still being built: the answer covers only what is indexed so far. */
  partial?: true;
}

/** Highlights mark the query's own terms (a prefix marks what was typed, as the user sees it). */
export function hitOf(meta: MessageMeta, score: number, terms: readonly string[]): SearchHit {
  return {
    id: meta.id,
    score,
    subjectHighlights: highlightRanges(meta.subject, terms),
    snippetHighlights: highlightRanges(meta.snippet, terms),
    summary: meta,
  };
}
