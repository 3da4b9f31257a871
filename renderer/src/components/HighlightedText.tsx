import { highlightSegments } from '../lib/highlight.js';
import type { Range } from '../api/desk-types.js';
import './compact.css';

interface Props {
  text: string;
  ranges: readonly Range[];
}

/** Text with the search hits marked (plain elements: every result row shows two of these). */
export function HighlightedText({ text, ranges }: Props) {
  const segments = highlightSegments(text, ranges);
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark className="hd-mark" key={i}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
