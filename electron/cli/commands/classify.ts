import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { ClassifierInput } from '../../../shared/domain/classifier/index.js';
import { StoreError, type Correction } from '../../core/store/index.js';
import { TriageModel } from '../../core/triage/triage-model.js';
import { CliError, type CliIo } from '../output.js';
import { withStore } from './common.js';

/*
 * `cli classify [--data-dir DIR]` — a stable interface scripts rely on (issue 4 item 3):
 *   stdin:  JSON lines {id, subject, body}; id a string or a number
 *   stdout: one JSON line per non-blank input line, in input order, written as soon as that line
 *           is read: {id, category, confidence, cues}, or {id, error} for a line it cannot use
 *   exit:   0 all lines classified, 1 some line was bad (the others were still classified) or the
 *           data directory could not be read, 64 usage.
 * Blank lines are skipped, as JSON-lines readers do: a trailing empty line from `echo >>` must not
 * fail a script.
 */

type InputId = string | number;

type ParsedLine =
  { ok: true; id: InputId; input: ClassifierInput } | { ok: false; id: InputId | null; error: string };

function isId(value: unknown): value is InputId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** One input line to a classifier input, or the reason it is unusable (reported, never thrown). */
function parseInputLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: 'not a JSON value' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, id: null, error: 'not a JSON object' };
  const { id, subject, body } = value as Record<string, unknown>;
  if (!isId(id)) return { ok: false, id: null, error: '"id" must be a string or a number' };
  if (typeof subject !== 'string') return { ok: false, id, error: '"subject" must be a string' };
  if (typeof body !== 'string') return { ok: false, id, error: '"body" must be a string' };
  return { ok: true, id, input: { subject, body } };
}

/**
 * The corrections staff made in DIR. The store lock is taken for the read and released at once:
 * a running app owns the directory, and reading behind its back could see a half-applied state.
 */
async function loadCorrections(dataDir: string, io: CliIo): Promise<Correction[]> {
  try {
    return await withStore(dataDir, io, (store) => store.listCorrections(), { mustExist: true });
  } catch (error) {
    if (error instanceof StoreError)
      throw new CliError(`cannot read the corrections in ${dataDir}: ${error.message}`);
    throw error;
  }
}

export async function classifyCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' } }, strict: true });
  const dir = values['data-dir'];
  const corrections = dir === undefined ? [] : await loadCorrections(resolve(dir), io);
  const model = new TriageModel(corrections);

  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let seen = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNo++;
    // Windows tools (PowerShell's Out-File) start UTF-8 text with a BOM, which JSON.parse rejects.
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    seen++;
    const parsed = parseInputLine(line);
    if (!parsed.ok) {
      bad++;
      io.out(JSON.stringify({ id: parsed.id, error: parsed.error }));
      io.err(`line ${lineNo}: ${parsed.error}`);
      continue;
    }
    const c = model.classify(parsed.input);
    io.out(
      JSON.stringify({
        id: parsed.id,
        category: c.category,
        confidence: c.confidence, // already rounded to 3 decimals by classify
        cues: c.cues,
      }),
    );
  }
  if (bad > 0) io.err(`${bad} of ${seen} input lines could not be classified`);
  return bad > 0 ? 1 : 0;
}
