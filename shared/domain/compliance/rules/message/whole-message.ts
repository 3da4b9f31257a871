import type { RuleHit } from '../../types.js';

/**
 * A finding about the message as a whole (nothing to underline): the editor shows it above the
 * body. `body` 0..0 is the convention the UI and the CLI both read as "the whole message".
 */
export function wholeMessage(detail?: string): RuleHit {
  return detail === undefined
    ? { field: 'body', start: 0, end: 0 }
    : { field: 'body', start: 0, end: 0, detail };
}
