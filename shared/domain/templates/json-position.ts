/**
 * Where JSON.parse gave up, as "line L, column C" for a person who will open the file in an
 * editor. V8 says "at position N" for most errors (newer versions add "(line L column C)"),
 * nothing for some ("Unexpected token"), and "Unexpected end" when the file is cut short: then
 * the place to look is the end of the file.
 */
export function locateJsonError(text: string, error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol !== null) return `line ${lineCol[1] ?? '?'}, column ${lineCol[2] ?? '?'}`;
  const at = /at position (\d+)/.exec(message);
  const position = at !== null ? Number(at[1]) : /unexpected end/i.test(message) ? text.length : null;
  if (position === null) return null;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
