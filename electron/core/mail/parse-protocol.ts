import type { AnalyseRequest, AnalyseResult } from './analyse-message.js';

/*
 * What the parse pool and its worker send each other. Messages travel in groups: a
 * postMessage costs ~20 µs on each side whatever it carries (measured: 10,000 messages one by
 * one took 656 ms of CPU, in groups of 32 273 ms), which was ~5% of an initial sync.
 */

export interface ParseJob extends AnalyseRequest {
  seq: number;
}

export type ParseReply = { seq: number; result: AnalyseResult } | { seq: number; error: string };

/** Enough to spread the fixed cost; small enough that a group is parsed in a few milliseconds. */
export const MAX_GROUP = 32;
